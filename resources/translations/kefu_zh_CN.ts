<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DrillWindow</name>
    <message>
        <source>Kefu Assistant — Practice drills</source>
        <translation>客服助手 — 练习训练</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Leave empty on your own computer</source>
        <translation>在自己的电脑上可以不填</translation>
    </message>
    <message>
        <source>Drills per round</source>
        <translation>每轮题数</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>开始（Enter）</translation>
    </message>
    <message>
        <source>Back to the start (Enter)</source>
        <translation>返回开始页（Enter）</translation>
    </message>
    <message>
        <source>Type the code or search words, Enter answers, Esc gives up</source>
        <translation>输入快捷编码或搜索词，Enter 作答，Esc 放弃</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Buyer's message</source>
        <translation>买家消息</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>用时（秒）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Tried %1 of %2 drills · overall score %3 (target %4)</source>
        <translation>已练 %1/%2 题 · 总分 %3（目标 %4）</translation>
    </message>
    <message>
        <source>Weakest: %1</source>
        <translation>薄弱分类：%1</translation>
    </message>
    <message>
        <source>(gave up)</source>
        <translation>（放弃）</translation>
    </message>
    <message>
        <source>Drill %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Total: %1 points</source>
        <translation>累计：%1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>↑↓ choose a result · Enter answers · Esc gives up</source>
        <translation>↑↓ 选择结果 · Enter 作答 · Esc 放弃</translation>
    </message>
    <message>
        <source>Correct: %1 points in %2 s</source>
        <translation>答对了：%2 秒，得 %1 分</translation>
    </message>
    <message>
        <source>Wrong (%1): 0 points</source>
        <translation>答错了（%1）：0 分</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <source>Enter: next drill</source>
        <translation>Enter：下一题</translation>
    </message>
    <message>
        <source>Round over</source>
        <translation>本轮结束</translation>
    </message>
    <message>
        <source>Right: %1 of %2</source>
        <translation>答对 %1/%2 题</translation>
    </message>
    <message>
        <source>Points this round: %1</source>
        <translation>本轮得分：%1</translation>
    </message>
    <message>
        <source>Average time: %1 s</source>
        <translation>平均用时：%1 秒</translation>
    </message>
    <message>
        <source>Overall score over all drills: %1 (target %2)</source>
        <translation>全部题目总分：%1（目标 %2）</translation>
    </message>
    <message>
        <source>Ready: the target is reached.</source>
        <translation>已达标，可以上岗。</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n drill(s) never tried.</source>
        <translation>
            <numerusform>尚未达标：还有 %n 题没练过。</numerusform></translation>
    </message>
    <message>
        <source>Not ready yet: practise the weakest drills again.</source>
        <translation>尚未达标：请再练练薄弱的题目。</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Kefu Assistant — Library</source>
        <translation>客服助手 — 话术库</translation>
    </message>
    <message>
        <source>Type a code, Chinese, pinyin or initials</source>
        <translation>输入快捷编码、中文、拼音或首字母</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分组</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n 条话术</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Code, Chinese, pinyin or initials — Enter sends, Esc closes</source>
        <translation>编码、中文、拼音或首字母 — 回车发送，Esc 关闭</translation>
    </message>
    <message>
        <source>No script matches</source>
        <translation>没有匹配的话术</translation>
    </message>
</context>
<context>
    <name>QABrowser</name>
    <message>
        <source>Kefu Assistant — Q&amp;A for new agents</source>
        <translation>客服助手 — 新人问答</translation>
    </message>
    <message>
        <source>Search situations: Chinese, pinyin or initials</source>
        <translation>搜索场景：中文、拼音或首字母</translation>
    </message>
    <message>
        <source>Paste into chat (Enter)</source>
        <translation>粘贴到聊天窗口（Enter）</translation>
    </message>
    <message>
        <source>Copy (Ctrl+C)</source>
        <translation>复制（Ctrl+C）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No situation matches “%1”</source>
        <translation>没有找到与“%1”相关的场景</translation>
    </message>
    <message>
        <source>Reply %1: %2</source>
        <translation>参考回复 %1：%2</translation>
    </message>
    <message>
        <source>Sent to the chat window</source>
        <translation>已发送到聊天窗口</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <source>Kefu Assistant — My stats</source>
        <translation>客服助手 — 我的统计</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>快捷编码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Scripts I use most</source>
        <translation>我最常用的话术</translation>
    </message>
    <message>
        <source>Uses per day (last 30 days)</source>
        <translation>每天使用次数（近 30 天）</translation>
    </message>
    <message>
        <source>Uses per hour of the day</source>
        <translation>各时段使用次数（按小时）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) in all</source>
        <translation>
            <numerusform>共使用 %n 次</numerusform></translation>
    </message>
    <message>
        <source>(deleted script)</source>
        <translation>（已删除的话术）</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open picker</source>
        <translation>打开快捷面板</translation>
    </message>
    <message>
        <source>Script library</source>
        <translation>话术库</translation>
    </message>
    <message>
        <source>Pause hotkeys</source>
        <translation>暂停热键</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <source>sync error: %1</source>
        <translation>同步出错：%1</translation>
    </message>
    <message>
        <source>signed out: %1</source>
        <translation>已退出登录：%1</translation>
    </message>
    <message>
        <source>Kefu Assistant — paused</source>
        <translation>客服助手 — 已暂停</translation>
    </message>
    <message>
        <source>Kefu Assistant</source>
        <translation>客服助手</translation>
    </message>
</context>
<context>
    <name>VariablesDialog</name>
    <message>
        <source>Fill in: %1</source>
        <translation>填写：%1</translation>
    </message>
</context>
<context>
    <name>self.library</name>
    <message>
        <source>Kefu Assistant</source>
        <translation>客服助手</translation>
    </message>
</context>
</TS>
