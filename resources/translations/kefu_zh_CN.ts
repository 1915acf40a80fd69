<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Alt+1..9 send · Ctrl+N new · Ctrl+E edit · Ctrl+D favourite · Ctrl+B suggest · Ctrl+P pin</source>
        <translation>Alt+1..9 发送 · Ctrl+N 新建 · Ctrl+E 编辑 · Ctrl+D 收藏 · Ctrl+B 猜你想回 · Ctrl+P 固定</translation>
    </message>
    <message>
        <source>📌 pinned</source>
        <translation>📌 已固定</translation>
    </message>
    <message>
        <source>Loading the script library…</source>
        <translation>正在加载话术库…</translation>
    </message>
    <message>
        <source>Suggestions for the buyer's message: %1</source>
        <translation>根据买家消息推荐：%1</translation>
    </message>
    <message>
        <source>Copy the buyer's message first: the clipboard holds no text</source>
        <translation>请先复制买家的消息：剪贴板里没有文字</translation>
    </message>
    <message>
        <source>nothing fits</source>
        <translation>没有合适的话术</translation>
    </message>
    <message>
        <source>No script matches</source>
        <translation>没有匹配的话术</translation>
    </message>
</context>
<context>
    <name>PickerRows</name>
    <message>
        <source>personal</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
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
        <source>Q&amp;A</source>
        <translation>问答</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>My stats</source>
        <translation>我的统计</translation>
    </message>
    <message>
        <source>Lead console</source>
        <translation>组长控制台</translation>
    </message>
    <message>
        <source>Campaign packs</source>
        <translation>活动包</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
    <message>
        <source>New campaign pack: %1</source>
        <translation>新活动包：%1</translation>
    </message>
    <message>
        <source>Kefu Assistant — problem</source>
        <translation>客服助手 — 出现问题</translation>
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
    <name>Welcome</name>
    <message>
        <source>Welcome to Kefu Assistant</source>
        <translation>欢迎使用客服助手</translation>
    </message>
    <message>
        <source>Press %1 in any chat window to open the picker, type a code, Chinese or pinyin, and press Enter: the reply is pasted for you.</source>
        <translation>在任意聊天窗口按 %1 打开快捷面板，输入快捷编码、中文或拼音，按回车即可自动粘贴回复。</translation>
    </message>
    <message>
        <source>The starter library is being installed.</source>
        <translation>正在安装入门话术库。</translation>
    </message>
    <message numerus="yes">
        <source>A starter library of %n scripts is installed, so you can try it right away.</source>
        <translation>
            <numerusform>已为您安装含 %n 条话术的入门话术库，现在就可以试试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kefu Assistant is in the tray: right-click its icon for the library, Q&amp;A and settings.</source>
        <translation>客服助手在系统托盘中运行：右键点击图标可打开话术库、问答和设置。</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>试一试</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
