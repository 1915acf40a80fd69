"""The library manager: category tree | search and script list | editor.

The window only arranges the parts and runs what they ask for: every store operation
goes through ``assistant.store.organise`` on a worker (``Tasks``), its ``Undo`` is
kept for Ctrl+Z, and the views follow store changes through the ``StoreBridge``.

Keys: Ctrl+F search, Ctrl+N new script, Ctrl+S save, Del delete (to the trash),
Ctrl+M move to a category, Ctrl+Z undo, Ctrl+I import, Ctrl+Shift+E export,
Ctrl+Shift+T trash, Ctrl+Shift+N new category, F2 rename category.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.compose import Composer
from assistant.core import Core
from assistant.model import UNCATEGORISED, Library, LibraryKind
from assistant.search import SearchIndex
from assistant.store import organise
from ui.category_tree import CategoryTree
from ui.error_text import error_text
from ui.export_dialog import ExportDialog
from ui.import_dialog import ImportDialog
from ui.move_dialog import MoveDialog
from ui.retranslating import Retranslating
from ui.script_editor import APP_HOTKEYS, ScriptEditor
from ui.script_list import ScriptList
from ui.store_bridge import StoreBridge
from ui.tasks import Tasks
from ui.trash_view import TrashView

LIST_LIMIT = 1000  # more rows make each keystroke slow; the agent narrows by typing
PLACE_SEARCH_LIMIT = 100_000  # with a category chosen, search everything, then keep its scripts
KIND_ORDER = (LibraryKind.PERSONAL, LibraryKind.TEAM, LibraryKind.CAMPAIGN, LibraryKind.BUILTIN)


class LibraryWindow(Retranslating, QMainWindow):
    def __init__(self, core: Core, index: SearchIndex, bridge: StoreBridge, tasks: Tasks | None = None,
                 composer: Composer | None = None) -> None:
        super().__init__()
        self.core, self.store = core, core.store
        self.index = index  # kept current by the app; this window only reads it
        self.tasks = tasks or Tasks(parent=self)
        self.composer = composer or Composer(core.store)
        self.undo_stack = organise.UndoStack()
        self.libraries: dict[str, Library] = {}
        self.places: dict[str, list[tuple[str, ...]]] = {}
        self._waiting: list = []  # calls that need the libraries loaded
        bridge.changed.connect(self._store_changed)

        self.tree = CategoryTree()
        self.tree.currentItemChanged.connect(lambda *_: self.refresh())
        self.tree.scripts_dropped.connect(self.move_scripts)
        self.tree.category_dropped.connect(self._category_dropped)
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self.refresh)
        self.list = ScriptList()
        self.list.currentItemChanged.connect(lambda *_: self._open_current())
        self.editor = ScriptEditor(self.store, self.tasks, self.composer,
                                   app_hotkeys=lambda: {k: core.settings.get(k) for k in APP_HOTKEYS})
        self.editor.saved.connect(self._saved)
        self.editor.save_refused.connect(lambda: setattr(self, "_after_save", None))
        self._after_save = None  # what waits for the editor's save to succeed
        self.editor.copy_requested.connect(lambda script_id: self.copy_to_mine([script_id]))
        self.trash = TrashView(self.store, self.tasks, self.restore, self)
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.move_dialog: MoveDialog | None = None

        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.query)
        column.addWidget(self.list)
        splitter = QSplitter()
        for part, stretch in ((self.tree, 2), (middle, 4), (self.editor, 5)):
            splitter.addWidget(part)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([200, 380, 480])
        self.setCentralWidget(splitter)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.count = QLabel()  # how many scripts the list shows; messages use the rest of the bar
        self.statusBar().addPermanentWidget(self.count)
        self.statusBar().addPermanentWidget(self.busy)
        self._pending = 0

        self.actions: dict[str, QAction] = {}
        toolbar = self.addToolBar("library")
        toolbar.setObjectName("library-toolbar")
        for name, keys, slot, on_toolbar in (
            ("new", QKeySequence.StandardKey.New, lambda: self.new_script(), True),
            ("delete", None, self.delete_selected, True),
            ("move", "Ctrl+M", self.ask_move, True),
            ("copy", None, lambda: self.copy_to_mine(self.list.selected_ids()), True),
            ("undo", QKeySequence.StandardKey.Undo, self.undo, True),
            ("new_category", "Ctrl+Shift+N", self.ask_new_category, False),
            ("rename_category", None, self.ask_rename_category, False),
            ("delete_category", None, self.ask_delete_category, False),
            ("import", "Ctrl+I", self.show_import, True),
            ("export", "Ctrl+Shift+E", self.show_export, True),
            ("trash", "Ctrl+Shift+T", self.show_trash, True),
            ("search", QKeySequence.StandardKey.Find, self._focus_search, False),
        ):
            action = QAction(self)
            if keys is not None:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            if on_toolbar:
                toolbar.addAction(action)
            self.actions[name] = action
        # Del and F2 mean the list's scripts or the tree's category, whichever has the focus.
        self.list.delete_pressed.connect(self.delete_selected)
        self.tree.delete_pressed.connect(self.ask_delete_category)
        self.tree.rename_pressed.connect(self.ask_rename_category)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("new_category", "rename_category", "delete_category"):
            self.tree.addAction(self.actions[name])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for name in ("move", "delete", "copy"):
            self.list.addAction(self.actions[name])

        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(100)
        self.reload_timer.timeout.connect(self.reload_places)
        self.resize(1180, 640)
        self.retranslate()
        self.reload_places()

    # -- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kefu Assistant — Library"))
        self.query.setPlaceholderText(self.tr("Type a code, Chinese, pinyin or initials"))
        self.list.setHeaderLabels([self.tr("Code"), self.tr("Title"), self.tr("Category"), self.tr("Library")])
        texts = {
            "new": (self.tr("New script"), self.tr("New script (Ctrl+N)")),
            "delete": (self.tr("Delete"), self.tr("Move the selected scripts to the trash (Del)")),
            "move": (self.tr("Move to…"), self.tr("Move the selected scripts to a category (Ctrl+M)")),
            "copy": (self.tr("Copy to my library"), self.tr("Copy team or built-in scripts to your own library")),
            "undo": (self.tr("Undo"), self.tr("Undo the last move, delete or edit (Ctrl+Z)")),
            "new_category": (self.tr("New category…"), self.tr("New category (Ctrl+Shift+N)")),
            "rename_category": (self.tr("Rename category…"), self.tr("Rename category (F2)")),
            "delete_category": (self.tr("Delete category…"), self.tr("Delete category (Del); no script is lost")),
            "import": (self.tr("Import…"), self.tr("Import scripts from a file (Ctrl+I)")),
            "export": (self.tr("Export…"), self.tr("Export scripts to a file (Ctrl+Shift+E)")),
            "trash": (self.tr("Trash"), self.tr("Deleted scripts, to restore (Ctrl+Shift+T)")),
            "search": (self.tr("Search"), self.tr("Search (Ctrl+F)")),
        }
        for name, (text, tip) in texts.items():
            self.actions[name].setText(text)
            self.actions[name].setToolTip(tip)
        if self.libraries:
            self._fill_tree()
        self.refresh()  # the status line is translated too

    def badge(self, library: Library) -> str:
        return {LibraryKind.PERSONAL: self.tr("Mine"), LibraryKind.TEAM: self.tr("Team"),
                LibraryKind.CAMPAIGN: self.tr("Campaign"), LibraryKind.BUILTIN: self.tr("Built-in")}[library.kind]

    # -- public API ----------------------------------------------------------------------------------
    def present(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()

    def edit_script(self, script_id: str) -> None:
        self.present()
        script = self.index.get(script_id)
        if script is None:
            self.tasks.run(lambda: self.store.get_script(script_id), self._edit_loaded, self._failed)
        else:
            self._edit_loaded(script)

    def _edit_loaded(self, script) -> None:
        def go() -> None:
            self._load_editor(script)
            self.list.blockSignals(True)
            self.list.select_id(script.id)
            self.list.blockSignals(False)
            self.editor.body.setFocus()
        self._when_ready(lambda: self._leave_editor(go))

    def new_script(self, text: str = "") -> None:
        """Open the editor on a new script in my library, its body prefilled with ``text``."""
        self.present()

        def go() -> None:
            place = self.tree.selected_place()
            library = self.personal()
            category = ()
            if place and place[0] in self.libraries and not self.libraries[place[0]].read_only:
                library, category = self.libraries[place[0]], place[1]
            self.list.clearSelection()
            self.editor.load(None, library, self.places.get(library.id, []), body=text, category=category)
            self.editor.code.setFocus()
        self._when_ready(lambda: self._leave_editor(go))

    def show_trash(self) -> None:
        self.trash.reload()
        self.trash.show()
        self.trash.raise_()
        self.trash.activateWindow()
        self.trash.list.setFocus()

    def personal(self) -> Library:
        return next(lib for lib in self.libraries.values() if lib.kind == LibraryKind.PERSONAL)

    # -- loading -------------------------------------------------------------------------------------
    def _when_ready(self, fn) -> None:
        if self.libraries:
            fn()
        else:
            self._waiting.append(fn)

    def reload_places(self) -> None:
        def work():
            return [(lib, organise.category_paths(self.store, lib.id)) for lib in self.store.libraries()]
        self.tasks.run(work, self._places_loaded, self._failed)

    def _places_loaded(self, loaded) -> None:
        loaded.sort(key=lambda pair: (KIND_ORDER.index(pair[0].kind), pair[0].name))
        self.libraries = {lib.id: lib for lib, _ in loaded}
        self.places = {lib.id: paths for lib, paths in loaded}
        self._fill_tree()
        if self.editor.library is not None and self.editor.library.id in self.libraries:
            self.editor.library = self.libraries[self.editor.library.id]
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()
        self.refresh()

    def _fill_tree(self) -> None:
        self.tree.fill([(lib, self._root_label(lib), self.places[lib.id]) for lib in self.libraries.values()],
                       self.tr("All libraries"))

    def _root_label(self, library: Library) -> str:
        label = f"{library.name} · {self.badge(library)}"
        return label + " " + self.tr("(read-only)") if library.read_only else label

    def _store_changed(self, change) -> None:
        self.editor.store_changed(change)  # the open script may have changed underneath
        self.refresh()
        self.reload_timer.start()  # a new category may have appeared

    def refresh(self) -> None:
        place = self.tree.selected_place()
        hits = self.index.search(self.query.text(), limit=PLACE_SEARCH_LIMIT if place else LIST_LIMIT)
        scripts = [hit.script for hit in hits]
        if place is not None:
            library_id, path = place
            scripts = [s for s in scripts if s.library_id == library_id and s.category[:len(path)] == path]
        badges = {lib.id: self.badge(lib) for lib in self.libraries.values()}
        self.list.fill(scripts[:LIST_LIMIT], badges)
        if len(scripts) > LIST_LIMIT or (place is None and len(hits) == LIST_LIMIT):
            scripts = scripts[:LIST_LIMIT]
            self.count.setText(self.tr("the first %n scripts; type to narrow", "", len(scripts)))
        else:
            self.count.setText(self.tr("%n script(s)", "", len(scripts)))

    def _open_current(self) -> None:
        script_id = self.list.current_id()
        script = self.index.get(script_id) if script_id else None
        if script is not None and (self.editor.script is None or script.id != self.editor.script.id):
            self._leave_editor(lambda: self._load_editor(script))

    def _leave_editor(self, then) -> None:
        """Run ``then`` (which replaces the editor's content) once unsaved edits are saved or dropped."""
        if not self.editor.dirty:
            then()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The script in the editor has changes that are not saved."),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def chosen(button) -> None:
            role = box.standardButton(button)
            if role == QMessageBox.StandardButton.Save:
                self._after_save = then
                self.editor.save()
            elif role == QMessageBox.StandardButton.Discard:
                then()
            elif self.editor.script is not None:
                self.list.blockSignals(True)
                self.list.select_id(self.editor.script.id)
                self.list.blockSignals(False)

        box.buttonClicked.connect(chosen)
        self.unsaved_box = box
        box.open()

    def _load_editor(self, script) -> None:
        library = self.libraries.get(script.library_id)
        if library is None:
            return
        self.editor.load(script, library, self.places.get(library.id, []))

    # -- running store work ------------------------------------------------------------------------------
    def _run(self, work, done) -> None:
        """Run ``work`` on a worker with the busy bar showing; ``done(result)`` on the UI thread."""
        self._pending += 1
        self.busy.show()

        def finish(result) -> None:
            self._settle()
            done(result)

        def failed(error: Exception) -> None:
            self._settle()
            self._failed(error)

        self.tasks.run(work, finish, failed)

    def _settle(self) -> None:
        self._pending -= 1
        self.busy.setVisible(self._pending > 0)
        self.reload_places()

    def _failed(self, error: Exception) -> None:
        self.statusBar().showMessage(self.tr("Not done: %1").replace("%1", error_text(error)), 15000)

    def _did(self, undo: organise.Undo, message: str) -> None:
        self.undo_stack.push(undo)
        self.statusBar().showMessage(message, 10000)

    def _saved(self, script, undo) -> None:
        self._did(undo, self.tr("Saved “%1”. Ctrl+Z undoes.").replace("%1", script.title))
        then, self._after_save = self._after_save, None
        if then is not None:
            then()
        else:
            self.list.select_id(script.id)

    def move_scripts(self, ids: list[str], library_id: str, path: tuple[str, ...]) -> None:
        scripts = [self.index.get(i) for i in ids]
        if any(s is None or s.library_id != library_id for s in scripts):
            self.statusBar().showMessage(self.tr("Scripts move only within their own library; "
                                                 "use “Copy to my library” for team scripts."), 15000)
            return
        self._run(lambda: organise.move_scripts(self.store, ids, path),
                  lambda undo: self._did(undo, self.tr("Moved %n script(s) to %1.", "", undo.count)
                                         .replace("%1", "/".join(path))))

    def ask_move(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            return
        library_id = self.index.get(ids[0]).library_id

        def chosen(path: str) -> None:
            self.move_scripts(ids, library_id, tuple(p for p in path.split("/") if p.strip()))

        self.move_dialog = MoveDialog(len(ids), self.places.get(library_id, []), chosen, self)
        self.move_dialog.open()

    def delete_selected(self) -> None:
        ids = self.list.selected_ids()
        if ids:
            self._run(lambda: organise.trash_scripts(self.store, ids),
                      lambda undo: self._did(undo, self.tr("Moved %n script(s) to the trash. Ctrl+Z undoes.",
                                                           "", undo.count)))

    def restore(self, ids: list[str]) -> None:
        def done(undo) -> None:
            self._did(undo, self.tr("Restored %n script(s).", "", undo.count))
            self.trash.reload()
        self._run(lambda: organise.restore_scripts(self.store, ids), done)

    def copy_to_mine(self, ids: list[str]) -> None:
        if not ids or not self.libraries:
            return
        target = self.personal().id

        def done(result) -> None:
            copies, undo = result
            self._did(undo, self.tr("Copied %n script(s) to my library.", "", undo.count))
            if copies:
                self.tree.select_place(target, ())
                self.list.select_id(copies[0].id)
                self.editor.body.setFocus()
        self._run(lambda: organise.copy_to_library(self.store, ids, target), done)

    def undo(self) -> None:
        if not len(self.undo_stack):
            self.statusBar().showMessage(self.tr("Nothing to undo."), 5000)
            return

        def done(undo) -> None:
            self.statusBar().showMessage(self.tr("Undone."), 5000)
            self.trash.reload()
        self._run(lambda: self.undo_stack.undo(self.store), done)

    # -- categories --------------------------------------------------------------------------------------------
    def _writable_place(self):
        place = self.tree.selected_place()
        if place is None or self.libraries.get(place[0]) is None or self.libraries[place[0]].read_only:
            self.statusBar().showMessage(self.tr("Choose a category of a library you can change."), 10000)
            return None
        return place

    def _ask_text(self, title: str, label: str, text: str, on_text) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.textValueSelected.connect(lambda value: value.strip() and on_text(value.strip()))
        self.input_dialog = dialog
        dialog.open()

    def ask_new_category(self) -> None:
        place = self._writable_place()
        if place is None:
            return
        library_id, parent = place
        parent = () if parent == (UNCATEGORISED,) else parent

        def create(name: str) -> None:
            self._run(lambda: organise.add_category(self.store, library_id, parent + (name,)),
                      lambda undo: self._did(undo, self.tr("Category added.")))
        self._ask_text(self.tr("New category"), self.tr("Name of the new category:"), "", create)

    def ask_rename_category(self) -> None:
        place = self._writable_place()
        if place is None or not place[1]:
            return
        library_id, path = place

        def rename(name: str) -> None:
            self._run(lambda: organise.rename_category(self.store, library_id, path, name),
                      lambda undo: self._did(undo, self.tr("Category renamed.")))
        self._ask_text(self.tr("Rename category"), self.tr("New name:"), path[-1], rename)

    def ask_delete_category(self) -> None:
        place = self._writable_place()
        if place is None or not place[1]:
            return
        library_id, path = place
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete category"),
                          self.tr("Delete the category “%1” and its subcategories? No script is lost: "
                                  "choose where its scripts go.").replace("%1", "/".join(path)),
                          QMessageBox.StandardButton.Cancel, self)
        to_parent = box.addButton(self.tr("Scripts to the parent category"), QMessageBox.ButtonRole.AcceptRole)
        to_trash = box.addButton(self.tr("Scripts to the trash"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(to_parent)

        def chosen(button) -> None:
            if button in (to_parent, to_trash):
                self.delete_category(library_id, path, to_trash=button is to_trash)
        box.buttonClicked.connect(chosen)
        self.delete_box = box
        box.open()

    def delete_category(self, library_id: str, path: tuple[str, ...], to_trash: bool = False) -> None:
        self.tree.select_place(library_id, path[:-1])
        self._run(lambda: organise.delete_category(self.store, library_id, path, to_trash),
                  lambda undo: self._did(undo, self.tr("Category deleted. Ctrl+Z undoes.")))

    def _category_dropped(self, library_id: str, path, new_parent) -> None:
        new_parent = () if new_parent == (UNCATEGORISED,) else new_parent
        self._run(lambda: organise.move_category(self.store, library_id, path, new_parent),
                  lambda undo: self._did(undo, self.tr("Category moved.")))

    # -- dialogs ------------------------------------------------------------------------------------------------
    def show_import(self, path: str = "") -> ImportDialog:
        libraries = list(self.libraries.values())
        self.import_dialog = ImportDialog(self.store, self.tasks, libraries, parent=self,
                                          on_applied=lambda counts: self.reload_places())
        if path:
            self.import_dialog.path.setText(path)
        self.import_dialog.open()
        if path:
            self.import_dialog.dry_run()
        return self.import_dialog

    def show_export(self) -> ExportDialog:
        self.export_dialog = ExportDialog(self.store, self.tasks, list(self.libraries.values()), parent=self)
        self.export_dialog.open()
        return self.export_dialog

    def _focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()
