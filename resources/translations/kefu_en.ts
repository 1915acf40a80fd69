<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Copied: paste it into the chat with Ctrl+V</source>
        <translation>Copied: paste it into the chat with Ctrl+V</translation>
    </message>
    <message>
        <source>Sign in to the team server first: kefu login SERVER USERNAME</source>
        <translation>Sign in to the team server first: kefu login SERVER USERNAME</translation>
    </message>
</context>
<context>
    <name>AppChordsTable</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Paste keys</source>
        <translation>Paste keys</translation>
    </message>
    <message>
        <source>Add program</source>
        <translation>Add program</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>No backups yet: one is made automatically every day, or now with the button.</source>
        <translation>No backups yet: one is made automatically every day, or now with the button.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace your whole library with the backup %1?
Your library as it is now is backed up first, so this can be undone.</source>
        <translation>Replace your whole library with the backup %1?
Your library as it is now is backed up first, so this can be undone.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <source>Restored. Your library from before is kept as %1</source>
        <translation>Restored. Your library from before is kept as %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Restore failed: %1</translation>
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
        <source>Ticks itself when your practice score over this pack&apos;s drills reaches the target (Practice drills in the tray menu).</source>
        <translation>Ticks itself when your practice score over this pack&apos;s drills reaches the target (Practice drills in the tray menu).</translation>
    </message>
    <message>
        <source>%1 / %2 ready</source>
        <translation>%1 / %2 ready</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This script was deleted elsewhere (sync, another window or the command line). Your edits are still here.</source>
        <translation>This script was deleted elsewhere (sync, another window or the command line). Your edits are still here.</translation>
    </message>
    <message>
        <source>Save mine as a &amp;new script</source>
        <translation>Save mine as a &amp;new script</translation>
    </message>
    <message>
        <source>This script was changed elsewhere (sync, another window or the command line) while you were editing it. Your edits are still here.</source>
        <translation>This script was changed elsewhere (sync, another window or the command line) while you were editing it. Your edits are still here.</translation>
    </message>
    <message>
        <source>Keep mine as a &amp;copy</source>
        <translation>Keep mine as a &amp;copy</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine…</source>
        <translation>&amp;Overwrite with mine…</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Discard mine</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <source>Kefu Assistant — Practice drills</source>
        <translation>Kefu Assistant — Practice drills</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Leave empty on your own computer</source>
        <translation>Leave empty on your own computer</translation>
    </message>
    <message>
        <source>Drills per round</source>
        <translation>Drills per round</translation>
    </message>
    <message>
        <source>Drill set</source>
        <translation>Drill set</translation>
    </message>
    <message>
        <source>Start (Enter)</source>
        <translation>Start (Enter)</translation>
    </message>
    <message>
        <source>Back to the start (Enter)</source>
        <translation>Back to the start (Enter)</translation>
    </message>
    <message>
        <source>Type the code or search words, Enter answers, Esc gives up</source>
        <translation>Type the code or search words, Enter answers, Esc gives up</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Buyer&apos;s message</source>
        <translation>Buyer&apos;s message</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message numerus="yes">
        <source>Built-in drills (%n)</source>
        <translation>
            <numerusform>Built-in drills (%n)</numerusform>
            <numerusform>Built-in drills (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pack “%1”: %n drill(s), target %2</source>
        <translation>
            <numerusform>Pack “%1”: %n drill, target %2</numerusform>
            <numerusform>Pack “%1”: %n drills, target %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tried %1 of %2 drills · overall score %3 (target %4)</source>
        <translation>Tried %1 of %2 drills · overall score %3 (target %4)</translation>
    </message>
    <message>
        <source>Not ready yet: the target is not reached.</source>
        <translation>Not ready yet: the target is not reached.</translation>
    </message>
    <message>
        <source>Weakest: %1</source>
        <translation>Weakest: %1</translation>
    </message>
    <message>
        <source>(gave up)</source>
        <translation>(gave up)</translation>
    </message>
    <message>
        <source>Drill %1 of %2</source>
        <translation>Drill %1 of %2</translation>
    </message>
    <message>
        <source>Total: %1 points</source>
        <translation>Total: %1 points</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>↑↓ choose a result · Enter answers · Esc gives up</source>
        <translation>↑↓ choose a result · Enter answers · Esc gives up</translation>
    </message>
    <message>
        <source>Correct: %1 points in %2 s</source>
        <translation>Correct: %1 points in %2 s</translation>
    </message>
    <message>
        <source>Wrong (%1): 0 points</source>
        <translation>Wrong (%1): 0 points</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Expected: %1</translation>
    </message>
    <message>
        <source>Enter: next drill</source>
        <translation>Enter: next drill</translation>
    </message>
    <message>
        <source>Round over</source>
        <translation>Round over</translation>
    </message>
    <message>
        <source>Right: %1 of %2</source>
        <translation>Right: %1 of %2</translation>
    </message>
    <message>
        <source>Points this round: %1</source>
        <translation>Points this round: %1</translation>
    </message>
    <message>
        <source>Average time: %1 s</source>
        <translation>Average time: %1 s</translation>
    </message>
    <message>
        <source>Overall score over all drills: %1 (target %2)</source>
        <translation>Overall score over all drills: %1 (target %2)</translation>
    </message>
    <message>
        <source>Ready: the target is reached.</source>
        <translation>Ready: the target is reached.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n drill(s) never tried.</source>
        <translation>
            <numerusform>Not ready yet: %n drill never tried.</numerusform>
            <numerusform>Not ready yet: %n drills never tried.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready yet: practise the weakest drills again.</source>
        <translation>Not ready yet: practise the weakest drills again.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>it was changed elsewhere meanwhile (%1)</source>
        <translation>it was changed elsewhere meanwhile (%1)</translation>
    </message>
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
    <name>ImportReasons</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>keywords</translation>
    </message>
    <message>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <source>image position</source>
        <translation>image position</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>the code %1 is longer than %2 characters</source>
        <translation>the code %1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>the code %1 may only hold letters (Chinese too), digits, _ - and .</source>
        <translation>the code %1 may only hold letters (Chinese too), digits, _ - and .</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>the body is empty</translation>
    </message>
    <message>
        <source>the body has %1 characters, more than %2</source>
        <translation>the body has %1 characters, more than %2</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>the title is longer than %1 characters</translation>
    </message>
    <message>
        <source>the category %1 is nested deeper than %2 levels</source>
        <translation>the category %1 is nested deeper than %2 levels</translation>
    </message>
    <message>
        <source>a name in the category %1 is longer than %2 characters</source>
        <translation>a name in the category %1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>the keyword %1 is longer than %2 characters</source>
        <translation>the keyword %1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>more than %1 keywords</source>
        <translation>more than %1 keywords</translation>
    </message>
    <message>
        <source>the output %1 is not one of paste, paste_enter, copy, type</source>
        <translation>the output %1 is not one of paste, paste_enter, copy, type</translation>
    </message>
    <message>
        <source>the image position %1 is not before or after</source>
        <translation>the image position %1 is not before or after</translation>
    </message>
    <message>
        <source>the image is larger than %1 MB</source>
        <translation>the image is larger than %1 MB</translation>
    </message>
    <message>
        <source>the %1 is not valid (%2)</source>
        <translation>the %1 is not valid (%2)</translation>
    </message>
    <message>
        <source>the code %1 is already on row %2 of this file</source>
        <translation>the code %1 is already on row %2 of this file</translation>
    </message>
    <message>
        <source>the script “%1” is in the trash; restore it first</source>
        <translation>the script “%1” is in the trash; restore it first</translation>
    </message>
    <message>
        <source>the code %1 belongs to another script, “%2”</source>
        <translation>the code %1 belongs to another script, “%2”</translation>
    </message>
    <message>
        <source>uses something Kefu does not have (%1)</source>
        <translation>uses something Kefu does not have (%1)</translation>
    </message>
    <message>
        <source>favourite “%1” is not 是/否, 1/0 or true/false</source>
        <translation>favourite “%1” is not 是/否, 1/0 or true/false</translation>
    </message>
    <message>
        <source>the entry does not follow the pack format (%1)</source>
        <translation>the entry does not follow the pack format (%1)</translation>
    </message>
    <message>
        <source>the embedded image is damaged (%1)</source>
        <translation>the embedded image is damaged (%1)</translation>
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
            <numerusform>the first %n scripts; type to narrow</numerusform>
            <numerusform>the first %n scripts; type to narrow</numerusform>
        </translation>
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
        <source>Buyer&apos;s message</source>
        <translation>Buyer&apos;s message</translation>
    </message>
    <message>
        <source>Accepted codes</source>
        <translation>Accepted codes</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Agents whose practice score over these drills reaches the target get the checklist item 练习达标 ticked by their app.</source>
        <translation>Agents whose practice score over these drills reaches the target get the checklist item 练习达标 ticked by their app.</translation>
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
        <source>Practice drills</source>
        <translation>Practice drills</translation>
    </message>
    <message>
        <source>Drill target</source>
        <translation>Drill target</translation>
    </message>
    <message>
        <source>Drill row %1 needs a buyer&apos;s message and at least one accepted code.</source>
        <translation>Drill row %1 needs a buyer&apos;s message and at least one accepted code.</translation>
    </message>
    <message>
        <source>Drill row %1: difficulty “%2” is not easy, medium or hard.</source>
        <translation>Drill row %1: difficulty “%2” is not easy, medium or hard.</translation>
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
        <source>A drill target needs drills: add them to the table or set the target to none.</source>
        <translation>A drill target needs drills: add them to the table or set the target to none.</translation>
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
        <source>Suggestions for the buyer&apos;s message: %1</source>
        <translation>Suggestions for the buyer&apos;s message: %1</translation>
    </message>
    <message>
        <source>Copy the buyer&apos;s message first: the clipboard holds no text</source>
        <translation>Copy the buyer&apos;s message first: the clipboard holds no text</translation>
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
    <name>QABrowser</name>
    <message>
        <source>Kefu Assistant — Q&amp;A for new agents</source>
        <translation>Kefu Assistant — Q&amp;A for new agents</translation>
    </message>
    <message>
        <source>Search situations: Chinese, pinyin or initials</source>
        <translation>Search situations: Chinese, pinyin or initials</translation>
    </message>
    <message>
        <source>Reference replies: fill in the fields; Enter or Alt+1..3 pastes, Ctrl+C copies</source>
        <translation>Reference replies: fill in the fields; Enter or Alt+1..3 pastes, Ctrl+C copies</translation>
    </message>
    <message>
        <source>Paste into chat (Enter)</source>
        <translation>Paste into chat (Enter)</translation>
    </message>
    <message>
        <source>Copy (Ctrl+C)</source>
        <translation>Copy (Ctrl+C)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No situation matches “%1”</source>
        <translation>No situation matches “%1”</translation>
    </message>
    <message>
        <source>Choose a situation on the left.</source>
        <translation>Choose a situation on the left.</translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation>When it applies</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>Check first</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Never say</source>
        <translation>Never say</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Related codes</translation>
    </message>
    <message>
        <source>Reply %1: %2</source>
        <translation>Reply %1: %2</translation>
    </message>
    <message>
        <source>Sent to the chat window</source>
        <translation>Sent to the chat window</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
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
        <source>The hotkey %1 is one of the app&apos;s own hotkeys.</source>
        <translation>The hotkey %1 is one of the app&apos;s own hotkeys.</translation>
    </message>
    <message>
        <source>The script was deleted elsewhere.</source>
        <translation>The script was deleted elsewhere.</translation>
    </message>
    <message>
        <source>Updated: it was changed elsewhere.</source>
        <translation>Updated: it was changed elsewhere.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <source>Replace the version of “%1” that was changed elsewhere with yours? Their changes are lost (Ctrl+Z in the library brings them back).</source>
        <translation>Replace the version of “%1” that was changed elsewhere with yours? Their changes are lost (Ctrl+Z in the library brings them back).</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Overwrite with mine</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (my copy)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Not saved: the script was changed elsewhere. Choose above.</source>
        <translation>Not saved: the script was changed elsewhere. Choose above.</translation>
    </message>
    <message>
        <source>Not saved: fix the variables marked in red first.</source>
        <translation>Not saved: fix the variables marked in red first.</translation>
    </message>
    <message>
        <source>Saved as a new script.</source>
        <translation>Saved as a new script.</translation>
    </message>
    <message>
        <source>Saved as a new script, without the code %1 (the original keeps it).</source>
        <translation>Saved as a new script, without the code %1 (the original keeps it).</translation>
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
    <name>SettingErrors</name>
    <message>
        <source>Use 1 to 3 signs such as ; or // (no letters, digits or spaces).</source>
        <translation>Use 1 to 3 signs such as ; or // (no letters, digits or spaces).</translation>
    </message>
    <message>
        <source>Not a usable key combination: use one like Ctrl+Alt+K or F9.</source>
        <translation>Not a usable key combination: use one like Ctrl+Alt+K or F9.</translation>
    </message>
    <message>
        <source>Paste keys for “%1”: write keys such as ctrl+shift+v.</source>
        <translation>Paste keys for “%1”: write keys such as ctrl+shift+v.</translation>
    </message>
    <message>
        <source>Use a number from %1 to %2.</source>
        <translation>Use a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Choose one of: %1</source>
        <translation>Choose one of: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>%1 is already the hotkey for: %2</source>
        <translation>%1 is already the hotkey for: %2</translation>
    </message>
    <message>
        <source>%1 is already the hotkey of the script “%2”</source>
        <translation>%1 is already the hotkey of the script “%2”</translation>
    </message>
    <message>
        <source>Kefu Assistant — Settings</source>
        <translation>Kefu Assistant — Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>Hotkeys</translation>
    </message>
    <message>
        <source>Typed codes</source>
        <translation>Typed codes</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>Team sync</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Open the picker</source>
        <translation>Open the picker</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <source>Prefix before a code</source>
        <translation>Prefix before a code</translation>
    </message>
    <message>
        <source>Keys that end a code</source>
        <translation>Keys that end a code</translation>
    </message>
    <message>
        <source>Never in these programs</source>
        <translation>Never in these programs</translation>
    </message>
    <message>
        <source>After the chat window is back</source>
        <translation>After the chat window is back</translation>
    </message>
    <message>
        <source>Before the paste keys</source>
        <translation>Before the paste keys</translation>
    </message>
    <message>
        <source>Longest wait before the clipboard is restored</source>
        <translation>Longest wait before the clipboard is restored</translation>
    </message>
    <message>
        <source>After the chat app read the clipboard</source>
        <translation>After the chat app read the clipboard</translation>
    </message>
    <message>
        <source>After the paste, before Enter</source>
        <translation>After the paste, before Enter</translation>
    </message>
    <message>
        <source>Wait for the hotkey&apos;s keys to be let go</source>
        <translation>Wait for the hotkey&apos;s keys to be let go</translation>
    </message>
    <message>
        <source>New line when text is typed out</source>
        <translation>New line when text is typed out</translation>
    </message>
    <message>
        <source>Paste keys per program</source>
        <translation>Paste keys per program</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter (sends the message in most chat apps)</source>
        <translation>Enter (sends the message in most chat apps)</translation>
    </message>
    <message>
        <source>Turn a typed prefix + code into its script</source>
        <translation>Turn a typed prefix + code into its script</translation>
    </message>
    <message>
        <source>Program names, separated by commas</source>
        <translation>Program names, separated by commas</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Click a field and press the new key combination, e.g. Ctrl+Alt+K. It works at once.</source>
        <translation>Click a field and press the new key combination, e.g. Ctrl+Alt+K. It works at once.</translation>
    </message>
    <message>
        <source>Press a key combination</source>
        <translation>Press a key combination</translation>
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
    <name>StatsWindow</name>
    <message>
        <source>Kefu Assistant — My stats</source>
        <translation>Kefu Assistant — My stats</translation>
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
        <source>Scripts I use most</source>
        <translation>Scripts I use most</translation>
    </message>
    <message>
        <source>Uses per day (last 30 days)</source>
        <translation>Uses per day (last 30 days)</translation>
    </message>
    <message>
        <source>Uses per hour of the day</source>
        <translation>Uses per hour of the day</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) in all</source>
        <translation>
            <numerusform>%n use in all</numerusform>
            <numerusform>%n uses in all</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted script)</source>
        <translation>(deleted script)</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>the system keyring</translation>
    </message>
    <message>
        <source>a file only you can read (this system has no keyring)</source>
        <translation>a file only you can read (this system has no keyring)</translation>
    </message>
    <message>
        <source>Signed in to %1. The sign-in is kept in %2.</source>
        <translation>Signed in to %1. The sign-in is kept in %2.</translation>
    </message>
    <message>
        <source>Not signed in: your library stays on this computer only.</source>
        <translation>Not signed in: your library stays on this computer only.</translation>
    </message>
    <message>
        <source>Server: write the address with http:// or https://</source>
        <translation>Server: write the address with http:// or https://</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Could not sign in: %1</translation>
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
        <source>&amp;Delete forever</source>
        <translation>&amp;Delete forever</translation>
    </message>
    <message>
        <source>Delete the selected scripts for good (Shift+Del)</source>
        <translation>Delete the selected scripts for good (Shift+Del)</translation>
    </message>
    <message>
        <source>&amp;Empty trash</source>
        <translation>&amp;Empty trash</translation>
    </message>
    <message>
        <source>Deleted scripts stay here until you restore them (Enter) or delete them for good (Shift+Del).</source>
        <translation>Deleted scripts stay here until you restore them (Enter) or delete them for good (Shift+Del).</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>Delete forever</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n script(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n script for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n scripts for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Empty trash</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n script(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete all %n script in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %n scripts in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n script(s) for good.</source>
        <translation>
            <numerusform>Deleted %n script for good.</numerusform>
            <numerusform>Deleted %n scripts for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Not done: %1</translation>
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
        <source>Q&amp;&amp;A</source>
        <translation>Q&amp;&amp;A</translation>
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
        <source>malformed variable: &apos;|&apos; after a name (use &apos;:&apos; for choices, &apos;=&apos; for a default)</source>
        <translation>malformed variable: &apos;|&apos; after a name (use &apos;:&apos; for choices, &apos;=&apos; for a default)</translation>
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
        <source>an empty choice between &apos;|&apos;</source>
        <translation>an empty choice between &apos;|&apos;</translation>
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
        <source>Drill added: %1</source>
        <translation>Drill added: %1</translation>
    </message>
    <message>
        <source>Drill removed: %1</source>
        <translation>Drill removed: %1</translation>
    </message>
    <message>
        <source>Drill changed: %1</source>
        <translation>Drill changed: %1</translation>
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
