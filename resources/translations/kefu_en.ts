<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Sign in to the team server first: kefu login SERVER USERNAME</source>
        <translation>Sign in to the team server first: kefu login SERVER USERNAME</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Version %1 · %2 of %3 on it · %4 ready · %5 offline</source>
        <translation>Version %1 · %2 of %3 on it · %4 ready · %5 offline</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>BroadcastForm</name>
    <message>
        <source>e.g. Price slip in the live stream</source>
        <translation>e.g. Price slip in the live stream</translation>
    </message>
    <message>
        <source>Reference replies; leave a blank line between two</source>
        <translation>Reference replies; leave a blank line between two</translation>
    </message>
    <message>
        <source>What happened, for the agents</source>
        <translation>What happened, for the agents</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Send to every agent now</source>
        <translation>Send to every agent now</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>On top for</source>
        <translation>On top for</translation>
    </message>
    <message>
        <source>A broadcast needs a title and at least one reply.</source>
        <translation>A broadcast needs a title and at least one reply.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sent “%1”: connected agents have it within seconds.</source>
        <translation>Sent “%1”: connected agents have it within seconds.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist: %1</source>
        <translation>Checklist: %1</translation>
    </message>
    <message>
        <source>Tick what you have done; your lead sees it on the readiness board.</source>
        <translation>Tick what you have done; your lead sees it on the readiness board.</translation>
    </message>
    <message>
        <source>%1 / %2 ready</source>
        <translation>%1 / %2 ready</translation>
    </message>
</context>
<context>
    <name>LeadConsole</name>
    <message>
        <source>Kefu Assistant — Lead console</source>
        <translation>Kefu Assistant — Lead console</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Build &amp;&amp; publish</source>
        <translation>Build &amp;&amp; publish</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <source>Usage review</source>
        <translation>Usage review</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) in the team</source>
        <translation>
            <numerusform>%n pack in the team</numerusform>
            <numerusform>%n packs in the team</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
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
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n script</numerusform>
            <numerusform>%n scripts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackArchiveWindow</name>
    <message>
        <source>Kefu Assistant — Campaign packs</source>
        <translation>Kefu Assistant — Campaign packs</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
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
        <source>Checklist…</source>
        <translation>Checklist…</translation>
    </message>
    <message>
        <source>on now</source>
        <translation>on now</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>No campaign packs yet.</source>
        <translation>No campaign packs yet.</translation>
    </message>
    <message>
        <source>Team variables: %1</source>
        <translation>Team variables: %1</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>e.g. Double 11 promotion</source>
        <translation>e.g. Double 11 promotion</translation>
    </message>
    <message>
        <source>Shown to agents when the pack arrives</source>
        <translation>Shown to agents when the pack arrives</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>One readiness item per line</source>
        <translation>One readiness item per line</translation>
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
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Team variables</source>
        <translation>Team variables</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Scripts (tick to include; pinned = 1, 2, 3…)</source>
        <translation>Scripts (tick to include; pinned = 1, 2, 3…)</translation>
    </message>
    <message>
        <source>Publish as the next version of “%1”</source>
        <translation>Publish as the next version of “%1”</translation>
    </message>
    <message>
        <source>Publish as the next version of the chosen pack</source>
        <translation>Publish as the next version of the chosen pack</translation>
    </message>
    <message>
        <source>Give the pack a name.</source>
        <translation>Give the pack a name.</translation>
    </message>
    <message>
        <source>The end of the window must be after its start.</source>
        <translation>The end of the window must be after its start.</translation>
    </message>
    <message>
        <source>Variable row %1 has a value but no name.</source>
        <translation>Variable row %1 has a value but no name.</translation>
    </message>
    <message>
        <source>Pinned place “%1” of script row %2 is not a free whole number (and a pinned script needs a code).</source>
        <translation>Pinned place “%1” of script row %2 is not a free whole number (and a pinned script needs a code).</translation>
    </message>
    <message>
        <source>Tick at least one script.</source>
        <translation>Tick at least one script.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message numerus="yes">
        <source>Published “%1”, version %2, %n script(s).</source>
        <translation>
            <numerusform>Published “%1”, version %2, %n script.</numerusform>
            <numerusform>Published “%1”, version %2, %n scripts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Not published: %1</translation>
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
    <name>UsageView</name>
    <message>
        <source> chars/min</source>
        <translation> chars/min</translation>
    </message>
    <message>
        <source>Typing speed used for the time saved</source>
        <translation>Typing speed used for the time saved</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <source>Export .csv…</source>
        <translation>Export .csv…</translation>
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
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Minutes saved</source>
        <translation>Minutes saved</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Typing speed</source>
        <translation>Typing speed</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) · %1 minutes saved at %2 characters a minute · never used: %3</source>
        <translation>
            <numerusform>%n use · %1 minutes saved at %2 characters a minute · never used: %3</numerusform>
            <numerusform>%n uses · %1 minutes saved at %2 characters a minute · never used: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses per hour</source>
        <translation>Uses per hour</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>never used</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export usage review</source>
        <translation>Export usage review</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
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
    <name>VersionsView</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Select two versions, or one to compare it with the current one</source>
        <translation>Select two versions, or one to compare it with the current one</translation>
    </message>
    <message>
        <source>Roll back to this version</source>
        <translation>Roll back to this version</translation>
    </message>
    <message>
        <source>Current version: %1</source>
        <translation>Current version: %1</translation>
    </message>
    <message>
        <source>rollback to version %1</source>
        <translation>rollback to version %1</translation>
    </message>
    <message>
        <source>incident broadcast</source>
        <translation>incident broadcast</translation>
    </message>
    <message>
        <source>Version %1 → %2</source>
        <translation>Version %1 → %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Variable %1: %2 → %3</source>
        <translation>Variable %1: %2 → %3</translation>
    </message>
    <message>
        <source>Checklist added: %1</source>
        <translation>Checklist added: %1</translation>
    </message>
    <message>
        <source>Checklist removed: %1</source>
        <translation>Checklist removed: %1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <source>Rolled back: version %1 is live on every agent.</source>
        <translation>Rolled back: version %1 is live on every agent.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
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
