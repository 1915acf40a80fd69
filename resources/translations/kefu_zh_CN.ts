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
        <source>No script matches</source>
        <translation>没有匹配的话术</translation>
    </message>
</context>
<context>
    <name>StartAtLoginBox</name>
    <message>
        <source>Start Kefu Assistant when I log in</source>
        <translation>开机登录后自动启动客服助手</translation>
    </message>
    <message>
        <source>Could not read the setting: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <source>Could not turn on start at login: %1</source>
        <translation>无法开启登录自启动：%1</translation>
    </message>
    <message>
        <source>Could not turn off start at login: %1</source>
        <translation>无法关闭登录自启动：%1</translation>
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
