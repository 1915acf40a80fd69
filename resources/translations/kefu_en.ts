<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
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
    <name>StartAtLoginBox</name>
    <message>
        <source>Start Kefu Assistant when I log in</source>
        <translation>Start Kefu Assistant when I log in</translation>
    </message>
    <message>
        <source>Could not read the setting: %1</source>
        <translation>Could not read the setting: %1</translation>
    </message>
    <message>
        <source>Could not turn on start at login: %1</source>
        <translation>Could not turn on start at login: %1</translation>
    </message>
    <message>
        <source>Could not turn off start at login: %1</source>
        <translation>Could not turn off start at login: %1</translation>
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
