"""Child process for the crash test: writes to the store until it is killed.

Before each write it prints ``begin <id> <body>``; after the commit, ``commit <id>``
(flushed both times).  So the parent knows which writes were surely committed and
which may or may not have been (killed between commit and report).
"""

import random
import sys
import uuid

from assistant.model import ScriptDraft
from assistant.store import Store


def report(kind: str, script_id: str, body: str = "") -> None:
    print(f"{kind} {script_id} {body!r}", flush=True)


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
            script_id, body = str(uuid.uuid4()), f"亲，您的订单 {seed}-{n} 已经发出啦 🚚\n请耐心等待"
            report("begin", script_id, body)
            store.add_script(library.id, ScriptDraft(id=script_id, code=f"c{seed}x{n}", body=body, category="售中/发货"))
            report("commit", script_id)
        elif roll < 0.8:
            batch = {str(uuid.uuid4()): f"批量 {seed}-{n}-{i}：感谢您的耐心" for i in range(50)}
            for script_id, body in batch.items():
                report("begin", script_id, body)
            with store.transaction():
                for i, (script_id, body) in enumerate(batch.items()):
                    store.add_script(library.id, ScriptDraft(id=script_id, code=f"b{seed}x{n}x{i}", body=body))
            for script_id in batch:
                report("commit", script_id)
        else:
            scripts = store.scripts(library.id)
            if scripts:
                target = rng.choice(scripts)
                body = f"改过 {seed}-{n}：{target.body[:20]}"
                report("begin", target.id, body)
                store.update_script(target.id, ScriptDraft(code=target.code, body=body, title=target.title))
                report("commit", target.id)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
