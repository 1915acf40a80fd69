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
        <source>Alt+1..9 send · Ctrl+N new · Ctrl+E edit · Ctrl+D favourite · Ctrl+B suggest · Ctrl+P pin</source>
        <translation>Alt+1..9 send · Ctrl+N new · Ctrl+E edit · Ctrl+D favourite · Ctrl+B suggest · Ctrl+P pin</translation>
    </message>
    <message>
        <source>📌 pinned</source>
        <translation>📌 pinned</translation>
    </message>
    <message>
        <source>Loading the script library…</source>
        <translation>Loading the script library…</translation>
    </message>
    <message>
        <source>Suggestions for the buyer's message: %1</source>
        <translation>Suggestions for the buyer's message: %1</translation>
    </message>
    <message>
        <source>Copy the buyer's message first: the clipboard holds no text</source>
        <translation>Copy the buyer's message first: the clipboard holds no text</translation>
    </message>
    <message>
        <source>nothing fits</source>
        <translation>nothing fits</translation>
    </message>
    <message>
        <source>No script matches</source>
        <translation>No script matches</translation>
    </message>
</context>
<context>
    <name>PickerRows</name>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaign</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
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
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>My stats</source>
        <translation>My stats</translation>
    </message>
    <message>
        <source>Lead console</source>
        <translation>Lead console</translation>
    </message>
    <message>
        <source>Campaign packs</source>
        <translation>Campaign packs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
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
    <message>
        <source>New campaign pack: %1</source>
        <translation>New campaign pack: %1</translation>
    </message>
    <message>
        <source>Kefu Assistant — problem</source>
        <translation>Kefu Assistant — problem</translation>
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
    <name>Welcome</name>
    <message>
        <source>Welcome to Kefu Assistant</source>
        <translation>Welcome to Kefu Assistant</translation>
    </message>
    <message>
        <source>Press %1 in any chat window to open the picker, type a code, Chinese or pinyin, and press Enter: the reply is pasted for you.</source>
        <translation>Press %1 in any chat window to open the picker, type a code, Chinese or pinyin, and press Enter: the reply is pasted for you.</translation>
    </message>
    <message>
        <source>The starter library is being installed.</source>
        <translation>The starter library is being installed.</translation>
    </message>
    <message numerus="yes">
        <source>A starter library of %n scripts is installed, so you can try it right away.</source>
        <translation>
            <numerusform>A starter library of %n script is installed, so you can try it right away.</numerusform>
            <numerusform>A starter library of %n scripts is installed, so you can try it right away.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kefu Assistant is in the tray: right-click its icon for the library, Q&amp;A and settings.</source>
        <translation>Kefu Assistant is in the tray: right-click its icon for the library, Q&amp;A and settings.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Try it</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
