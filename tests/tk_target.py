"""A Tk text box standing in for a chat window.  Prints its X window id when ready and
writes its whole content to a file after every change, for the test to read back."""

import os
import sys
import tkinter

dump_path, title = sys.argv[1], sys.argv[2]
root = tkinter.Tk()
root.title(title)
root.geometry("400x200+50+50")
box = tkinter.Text(root)
box.pack(fill="both", expand=True)


def dump(_event=None):
    with open(dump_path + ".tmp", "w", encoding="utf-8") as f:
        f.write(box.get("1.0", "end-1c"))
    os.replace(dump_path + ".tmp", dump_path)
    box.edit_modified(False)


box.bind("<<Modified>>", dump)


def command(_file, _mask):
    """Lines on standard input: 'clear' empties the box (benchmarks reuse one window)."""
    line = sys.stdin.readline()
    if line.strip() == "clear":
        box.delete("1.0", "end")
        dump()
    print("ok", flush=True)


root.createfilehandler(sys.stdin, tkinter.READABLE, command)
box.focus_force()
root.update()
box.focus_force()
root.update()
print(int(root.wm_frame(), 16), flush=True)
root.mainloop()
