"""Child process for the crash test: writes to the store until it is killed.

After each commit it prints one line: ``<op> <id> <body>`` (for a batch, one line per
script after the batch's single commit), flushed, so the parent knows exactly which
writes were committed before the SIGKILL.
"""

import random
import sys

from assistant.model import ScriptDraft
from assistant.store import Store


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Store(path)
    library = store.personal_library()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.5:
            body = f"亲，您的订单 {seed}-{n} 已经发出啦 🚚\n请耐心等待"
            script = store.add_script(library.id, ScriptDraft(code=f"c{seed}x{n}", body=body, category="售中/发货"))
            print(f"add {script.id} {body!r}", flush=True)
        elif roll < 0.8:
            bodies = {}
            with store.transaction():
                for i in range(50):
                    body = f"批量 {seed}-{n}-{i}：感谢您的耐心"
                    script = store.add_script(library.id, ScriptDraft(code=f"b{seed}x{n}x{i}", body=body))
                    bodies[script.id] = body
            for script_id, body in bodies.items():
                print(f"add {script_id} {body!r}", flush=True)
        else:
            scripts = store.scripts(library.id)
            if scripts:
                target = rng.choice(scripts)
                body = f"改过 {seed}-{n}：{target.body[:20]}"
                store.update_script(target.id, ScriptDraft(code=target.code, body=body, title=target.title))
                print(f"edit {target.id} {body!r}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
