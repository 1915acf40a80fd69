<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Errors</name>
    <message>
        <source>already taken (%1)</source>
        <translation>already taken (%1)</translation>
    </message>
    <message>
        <source>the library is read-only (%1)</source>
        <translation>the library is read-only (%1)</translation>
    </message>
    <message>
        <source>a value is not valid (%1)</source>
        <translation>a value is not valid (%1)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>it no longer exists (%1)</source>
        <translation>it no longer exists (%1)</translation>
    </message>
    <message>
        <source>unexpected error (%1)</source>
        <translation>unexpected error (%1)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export scripts</source>
        <translation>Export scripts</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>All libraries</source>
        <translation>All libraries</translation>
    </message>
    <message>
        <source>Kefu pack (.json, everything incl. images)</source>
        <translation>Kefu pack (.json, everything incl. images)</translation>
    </message>
    <message>
        <source>Spreadsheet CSV (.csv, all columns)</source>
        <translation>Spreadsheet CSV (.csv, all columns)</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Workbench CSV (code, phrase, group) for Qianniu and similar</source>
        <translation>Workbench CSV (code, phrase, group) for Qianniu and similar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script(s).</source>
        <translation>
            <numerusform>Exported %n script.</numerusform>
            <numerusform>Exported %n scripts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import scripts</source>
        <translation>Import scripts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Into &amp;library</source>
        <translation>Into &amp;library</translation>
    </message>
    <message>
        <source>.csv / .xlsx workbench sheet, Kefu pack .json, Espanso .yml, Beeftext .json</source>
        <translation>.csv / .xlsx workbench sheet, Kefu pack .json, Espanso .yml, Beeftext .json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation>&amp;Check file</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Script files (*.csv *.tsv *.xlsx *.json *.yml *.yaml)</source>
        <translation>Script files (*.csv *.tsv *.xlsx *.json *.yml *.yaml)</translation>
    </message>
    <message>
        <source>Checking the file… nothing is written yet.</source>
        <translation>Checking the file… nothing is written yet.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Dry run: %1 to add, %2 to update, %3 unchanged, %4 conflicts, %5 rejected. Nothing is written until you press Apply.</source>
        <translation>Dry run: %1 to add, %2 to update, %3 unchanged, %4 conflicts, %5 rejected. Nothing is written until you press Apply.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Also elsewhere</source>
        <translation>Also elsewhere</translation>
    </message>
    <message>
        <source>this code also exists in another library</source>
        <translation>this code also exists in another library</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Kefu Assistant — Library</source>
        <translation>Kefu Assistant — Library</translation>
    </message>
    <message>
        <source>Type a code, Chinese, pinyin or initials</source>
        <translation>Type a code, Chinese, pinyin or initials</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>New script</translation>
    </message>
    <message>
        <source>New script (Ctrl+N)</source>
        <translation>New script (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected scripts to the trash (Del)</source>
        <translation>Move the selected scripts to the trash (Del)</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Move the selected scripts to a category (Ctrl+M)</source>
        <translation>Move the selected scripts to a category (Ctrl+M)</translation>
    </message>
    <message>
        <source>Copy to my library</source>
        <translation>Copy to my library</translation>
    </message>
    <message>
        <source>Copy team or built-in scripts to your own library</source>
        <translation>Copy team or built-in scripts to your own library</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo the last move, delete or edit (Ctrl+Z)</source>
        <translation>Undo the last move, delete or edit (Ctrl+Z)</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <source>New category (Ctrl+Shift+N)</source>
        <translation>New category (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Rename category…</source>
        <translation>Rename category…</translation>
    </message>
    <message>
        <source>Rename category (F2)</source>
        <translation>Rename category (F2)</translation>
    </message>
    <message>
        <source>Delete category…</source>
        <translation>Delete category…</translation>
    </message>
    <message>
        <source>Delete category (Del); no script is lost</source>
        <translation>Delete category (Del); no script is lost</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Import scripts from a file (Ctrl+I)</source>
        <translation>Import scripts from a file (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export scripts to a file (Ctrl+Shift+E)</source>
        <translation>Export scripts to a file (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Deleted scripts, to restore (Ctrl+Shift+T)</source>
        <translation>Deleted scripts, to restore (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>All libraries</source>
        <translation>All libraries</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(read-only)</translation>
    </message>
    <message numerus="yes">
        <source>the first %n scripts; type to narrow</source>
        <translation>
            <numerusform>the first %n scripts; type to narrow</numerusform><numerusform>the first %n scripts; type to narrow</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The script in the editor has changes that are not saved.</source>
        <translation>The script in the editor has changes that are not saved.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>Saved “%1”. Ctrl+Z undoes.</source>
        <translation>Saved “%1”. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Scripts move only within their own library; use “Copy to my library” for team scripts.</source>
        <translation>Scripts move only within their own library; use “Copy to my library” for team scripts.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n script(s) to %1.</source>
        <translation>
            <numerusform>Moved %n script to %1.</numerusform>
            <numerusform>Moved %n scripts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n script(s) to the trash. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>Moved %n script to the trash. Ctrl+Z undoes.</numerusform>
            <numerusform>Moved %n scripts to the trash. Ctrl+Z undoes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n script(s).</source>
        <translation>
            <numerusform>Restored %n script.</numerusform>
            <numerusform>Restored %n scripts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n script(s) to my library.</source>
        <translation>
            <numerusform>Copied %n script to my library.</numerusform>
            <numerusform>Copied %n scripts to my library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Choose a category of a library you can change.</source>
        <translation>Choose a category of a library you can change.</translation>
    </message>
    <message>
        <source>Category added.</source>
        <translation>Category added.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>Name of the new category:</translation>
    </message>
    <message>
        <source>Category renamed.</source>
        <translation>Category renamed.</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>Delete the category “%1” and its subcategories? No script is lost: choose where its scripts go.</source>
        <translation>Delete the category “%1” and its subcategories? No script is lost: choose where its scripts go.</translation>
    </message>
    <message>
        <source>Scripts to the parent category</source>
        <translation>Scripts to the parent category</translation>
    </message>
    <message>
        <source>Scripts to the trash</source>
        <translation>Scripts to the trash</translation>
    </message>
    <message>
        <source>Category deleted. Ctrl+Z undoes.</source>
        <translation>Category deleted. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <source>Category moved.</source>
        <translation>Category moved.</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move scripts</source>
        <translation>Move scripts</translation>
    </message>
    <message numerus="yes">
        <source>Move %n script(s) to the category (type a new one to create it):</source>
        <translation>
            <numerusform>Move %n script to the category (type a new one to create it):</numerusform>
            <numerusform>Move %n scripts to the category (type a new one to create it):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Code, Chinese, pinyin or initials — Enter sends, Esc closes</source>
        <translation>Code, Chinese, pinyin or initials — Enter sends, Esc closes</translation>
    </message>
    <message>
        <source>No script matches</source>
        <translation>No script matches</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategory</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Output</translation>
    </message>
    <message>
        <source>&amp;Hotkey</source>
        <translation>&amp;Hotkey</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>e.g. tk (optional)</source>
        <translation>e.g. tk (optional)</translation>
    </message>
    <message>
        <source>empty: the first line of the body</source>
        <translation>empty: the first line of the body</translation>
    </message>
    <message>
        <source>words that find this script, separated by commas</source>
        <translation>words that find this script, separated by commas</translation>
    </message>
    <message>
        <source>press a key combination; Backspace clears</source>
        <translation>press a key combination; Backspace clears</translation>
    </message>
    <message>
        <source>The reply. Variables: {{客户}}, {{尺码:S|M|L}}, {{日期+3}}, {{@code}}</source>
        <translation>The reply. Variables: {{客户}}, {{尺码:S|M|L}}, {{日期+3}}, {{@code}}</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Paste and send (Enter)</source>
        <translation>Paste and send (Enter)</translation>
    </message>
    <message>
        <source>Copy only</source>
        <translation>Copy only</translation>
    </message>
    <message>
        <source>Type it</source>
        <translation>Type it</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Co&amp;py to my library</source>
        <translation>Co&amp;py to my library</translation>
    </message>
    <message>
        <source>Choose a script, or press Ctrl+N for a new one.</source>
        <translation>Choose a script, or press Ctrl+N for a new one.</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy a script to your library to change it.</source>
        <translation>%1 is read-only. Copy a script to your library to change it.</translation>
    </message>
    <message>
        <source>New script in %1</source>
        <translation>New script in %1</translation>
    </message>
    <message>
        <source>Editing “%1”</source>
        <translation>Editing “%1”</translation>
    </message>
    <message>
        <source>Variable %1: %2</source>
        <translation>Variable %1: %2</translation>
    </message>
    <message>
        <source>The code %1 is already used by “%2” in this library: choose another code.</source>
        <translation>The code %1 is already used by “%2” in this library: choose another code.</translation>
    </message>
    <message>
        <source>The code %1 also exists in %2 (“%3”); typing it uses the library that wins (campaign, mine, team, built-in).</source>
        <translation>The code %1 also exists in %2 (“%3”); typing it uses the library that wins (campaign, mine, team, built-in).</translation>
    </message>
    <message>
        <source>The hotkey %1 is already used by “%2”.</source>
        <translation>The hotkey %1 is already used by “%2”.</translation>
    </message>
    <message>
        <source>The hotkey %1 is one of the app's own hotkeys.</source>
        <translation>The hotkey %1 is one of the app's own hotkeys.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: fix the variables marked in red first.</source>
        <translation>Not saved: fix the variables marked in red first.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Deleted scripts stay here until you restore them. Enter restores.</source>
        <translation>Deleted scripts stay here until you restore them. Enter restores.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open picker</source>
        <translation>Open picker</translation>
    </message>
    <message>
        <source>Script library</source>
        <translation>Script library</translation>
    </message>
    <message>
        <source>Pause hotkeys</source>
        <translation>Pause hotkeys</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synced</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>offline since %1</translation>
    </message>
    <message>
        <source>sync error: %1</source>
        <translation>sync error: %1</translation>
    </message>
    <message>
        <source>signed out: %1</source>
        <translation>signed out: %1</translation>
    </message>
    <message>
        <source>Kefu Assistant — paused</source>
        <translation>Kefu Assistant — paused</translation>
    </message>
    <message>
        <source>Kefu Assistant</source>
        <translation>Kefu Assistant</translation>
    </message>
</context>
<context>
    <name>VariableProblems</name>
    <message>
        <source>{{ is not closed with }} on the same line</source>
        <translation>{{ is not closed with }} on the same line</translation>
    </message>
    <message>
        <source>empty variable {{}}</source>
        <translation>empty variable {{}}</translation>
    </message>
    <message>
        <source>the variable has no name</source>
        <translation>the variable has no name</translation>
    </message>
    <message>
        <source>a variable name cannot hold braces or control characters</source>
        <translation>a variable name cannot hold braces or control characters</translation>
    </message>
    <message>
        <source>malformed variable: '|' after a name (use ':' for choices, '=' for a default)</source>
        <translation>malformed variable: '|' after a name (use ':' for choices, '=' for a default)</translation>
    </message>
    <message>
        <source>the day offset is not valid (e.g. {{日期+3}})</source>
        <translation>the day offset is not valid (e.g. {{日期+3}})</translation>
    </message>
    <message>
        <source>the date or time format is not valid</source>
        <translation>the date or time format is not valid</translation>
    </message>
    <message>
        <source>this built-in variable takes no default or choices</source>
        <translation>this built-in variable takes no default or choices</translation>
    </message>
    <message>
        <source>an empty choice between '|'</source>
        <translation>an empty choice between '|'</translation>
    </message>
    <message>
        <source>the default is not one of the choices</source>
        <translation>the default is not one of the choices</translation>
    </message>
    <message>
        <source>{{@}} needs the code of a script</source>
        <translation>{{@}} needs the code of a script</translation>
    </message>
    <message>
        <source>not a valid code after @</source>
        <translation>not a valid code after @</translation>
    </message>
    <message>
        <source>no script has this code</source>
        <translation>no script has this code</translation>
    </message>
    <message>
        <source>scripts include each other in a circle</source>
        <translation>scripts include each other in a circle</translation>
    </message>
    <message>
        <source>scripts are included more than 5 levels deep</source>
        <translation>scripts are included more than 5 levels deep</translation>
    </message>
    <message>
        <source>more than 100 scripts are included</source>
        <translation>more than 100 scripts are included</translation>
    </message>
    <message>
        <source>the included script has a problem of its own</source>
        <translation>the included script has a problem of its own</translation>
    </message>
    <message>
        <source>{{光标}} may appear only once</source>
        <translation>{{光标}} may appear only once</translation>
    </message>
    <message>
        <source>the same variable is defined twice with different defaults or choices</source>
        <translation>the same variable is defined twice with different defaults or choices</translation>
    </message>
    <message>
        <source>a team variable replaces this built-in, so its offset or format cannot apply</source>
        <translation>a team variable replaces this built-in, so its offset or format cannot apply</translation>
    </message>
    <message>
        <source>problem in a variable</source>
        <translation>problem in a variable</translation>
    </message>
</context>
<context>
    <name>VariablesDialog</name>
    <message>
        <source>Fill in: %1</source>
        <translation>Fill in: %1</translation>
    </message>
</context>
<context>
    <name>self.library</name>
    <message>
        <source>Kefu Assistant</source>
        <translation>Kefu Assistant</translation>
    </message>
</context>
</TS>
