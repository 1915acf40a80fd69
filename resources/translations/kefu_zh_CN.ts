<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Copied: paste it into the chat with Ctrl+V</source>
        <translation>已复制：请在聊天框按 Ctrl+V 粘贴</translation>
    </message>
    <message>
        <source>Sign in to the team server first: kefu login SERVER USERNAME</source>
        <translation>请先登录团队服务器：kefu login 服务器地址 用户名</translation>
    </message>
</context>
<context>
    <name>AppChordsTable</name>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>Paste keys</source>
        <translation>粘贴快捷键</translation>
    </message>
    <message>
        <source>Add program</source>
        <translation>添加程序</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>恢复前的备份</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>No backups yet: one is made automatically every day, or now with the button.</source>
        <translation>还没有备份：每天会自动备份一次，也可以点按钮立即备份。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace your whole library with the backup %1?
Your library as it is now is backed up first, so this can be undone.</source>
        <translation>用备份 %1 替换整个话术库吗？
当前的话术库会先备份，之后还能恢复回来。</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>请先在列表里选一个备份。</translation>
    </message>
    <message>
        <source>Restored. Your library from before is kept as %1</source>
        <translation>已恢复。恢复前的话术库保存为 %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Version %1 · %2 of %3 on it · %4 ready · %5 offline</source>
        <translation>版本 %1 · %3 人中 %2 人已更新 · %4 人已就绪 · %5 人离线</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>BroadcastForm</name>
    <message>
        <source>e.g. Price slip in the live stream</source>
        <translation>例如：直播间口误报价</translation>
    </message>
    <message>
        <source>Reference replies; leave a blank line between two</source>
        <translation>参考回复；两条之间空一行</translation>
    </message>
    <message>
        <source>What happened, for the agents</source>
        <translation>向客服说明发生了什么</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Send to every agent now</source>
        <translation>立即发给所有客服</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>参考回复</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>On top for</source>
        <translation>置顶时长</translation>
    </message>
    <message>
        <source>A broadcast needs a title and at least one reply.</source>
        <translation>紧急通知需要标题和至少一条回复。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent “%1”: connected agents have it within seconds.</source>
        <translation>已发送“%1”：在线客服几秒内就会收到。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist: %1</source>
        <translation>检查项：%1</translation>
    </message>
    <message>
        <source>Tick what you have done; your lead sees it on the readiness board.</source>
        <translation>勾选已完成的项目，组长会在就绪看板上看到。</translation>
    </message>
    <message>
        <source>Ticks itself when your practice score over this pack&apos;s drills reaches the target (Practice drills in the tray menu).</source>
        <translation>你在本活动包练习中的总分达到目标后会自动打勾（托盘菜单里的「练习」）。</translation>
    </message>
    <message>
        <source>%1 / %2 ready</source>
        <translation>已就绪 %1 / %2</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>This script was deleted elsewhere (sync, another window or the command line). Your edits are still here.</source>
        <translation>这条话术已在别处被删除（同步、另一个窗口或命令行）。你的修改仍保留在这里。</translation>
    </message>
    <message>
        <source>Save mine as a &amp;new script</source>
        <translation>把我的另存为新话术(&amp;N)</translation>
    </message>
    <message>
        <source>This script was changed elsewhere (sync, another window or the command line) while you were editing it. Your edits are still here.</source>
        <translation>你编辑期间，这条话术已在别处被修改（同步、另一个窗口或命令行）。你的修改仍保留在这里。</translation>
    </message>
    <message>
        <source>Keep mine as a &amp;copy</source>
        <translation>把我的存为副本(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Overwrite with mine…</source>
        <translation>用我的覆盖(&amp;O)…</translation>
    </message>
    <message>
        <source>Take &amp;theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>放弃我的修改(&amp;D)</translation>
    </message>
</context>
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
        <source>Drill set</source>
        <translation>练习题组</translation>
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
        <source>Buyer&apos;s message</source>
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
    <message numerus="yes">
        <source>Built-in drills (%n)</source>
        <translation>
            <numerusform>内置练习（%n 题）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pack “%1”: %n drill(s), target %2</source>
        <translation>
            <numerusform>活动包「%1」：%n 题，目标 %2 分</numerusform>
        </translation>
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
        <source>Not ready yet: the target is not reached.</source>
        <translation>还没达标：总分未达到目标。</translation>
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
            <numerusform>尚未达标：还有 %n 题没练过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready yet: practise the weakest drills again.</source>
        <translation>尚未达标：请再练练薄弱的题目。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>it was changed elsewhere meanwhile (%1)</source>
        <translation>期间已在别处被修改（%1）</translation>
    </message>
    <message>
        <source>already taken (%1)</source>
        <translation>已被占用（%1）</translation>
    </message>
    <message>
        <source>the library is read-only (%1)</source>
        <translation>该话术库是只读的（%1）</translation>
    </message>
    <message>
        <source>a value is not valid (%1)</source>
        <translation>有内容不符合要求（%1）</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>文件无法读取（%1）</translation>
    </message>
    <message>
        <source>it no longer exists (%1)</source>
        <translation>它已经不存在了（%1）</translation>
    </message>
    <message>
        <source>unexpected error (%1)</source>
        <translation>意外错误（%1）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export scripts</source>
        <translation>导出话术</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>话术库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>格式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>All libraries</source>
        <translation>全部话术库</translation>
    </message>
    <message>
        <source>Kefu pack (.json, everything incl. images)</source>
        <translation>客服助手话术包（.json，含图片等全部内容）</translation>
    </message>
    <message>
        <source>Spreadsheet CSV (.csv, all columns)</source>
        <translation>表格 CSV（.csv，全部列）</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel（.xlsx）</translation>
    </message>
    <message>
        <source>Workbench CSV (code, phrase, group) for Qianniu and similar</source>
        <translation>工作台 CSV（快捷编码、快捷短语、分组），可导回千牛等</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script(s).</source>
        <translation>
            <numerusform>已导出 %n 条话术。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import scripts</source>
        <translation>导入话术</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Into &amp;library</source>
        <translation>导入到(&amp;L)</translation>
    </message>
    <message>
        <source>.csv / .xlsx workbench sheet, Kefu pack .json, Espanso .yml, Beeftext .json</source>
        <translation>.csv / .xlsx 工作台表格、客服助手话术包 .json、Espanso .yml、Beeftext .json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Check file</source>
        <translation>检查文件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>确认导入(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>快捷编码</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Script files (*.csv *.tsv *.xlsx *.json *.yml *.yaml)</source>
        <translation>话术文件 (*.csv *.tsv *.xlsx *.json *.yml *.yaml)</translation>
    </message>
    <message>
        <source>Checking the file… nothing is written yet.</source>
        <translation>正在检查文件…尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Dry run: %1 to add, %2 to update, %3 unchanged, %4 conflicts, %5 rejected. Nothing is written until you press Apply.</source>
        <translation>预检结果：新增 %1 条，更新 %2 条，未变 %3 条，冲突 %4 条，拒绝 %5 条。按“确认导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Also elsewhere</source>
        <translation>其他库也有</translation>
    </message>
    <message>
        <source>this code also exists in another library</source>
        <translation>其他话术库里也有这个快捷编码</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>导入完成：新增 %1 条，更新 %2 条。</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>code</source>
        <translation>快捷编码</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>category</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>output</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>image position</source>
        <translation>图片位置</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>the code %1 is longer than %2 characters</source>
        <translation>快捷编码 %1 超过 %2 个字符</translation>
    </message>
    <message>
        <source>the code %1 may only hold letters (Chinese too), digits, _ - and .</source>
        <translation>快捷编码 %1 只能包含字母（含汉字）、数字和 _ - .</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>话术正文为空</translation>
    </message>
    <message>
        <source>the body has %1 characters, more than %2</source>
        <translation>话术正文有 %1 个字符，超过上限 %2</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>标题超过 %1 个字符</translation>
    </message>
    <message>
        <source>the category %1 is nested deeper than %2 levels</source>
        <translation>分组 %1 超过 %2 层</translation>
    </message>
    <message>
        <source>a name in the category %1 is longer than %2 characters</source>
        <translation>分组 %1 中有名称超过 %2 个字符</translation>
    </message>
    <message>
        <source>the keyword %1 is longer than %2 characters</source>
        <translation>关键词 %1 超过 %2 个字符</translation>
    </message>
    <message>
        <source>more than %1 keywords</source>
        <translation>关键词超过 %1 个</translation>
    </message>
    <message>
        <source>the output %1 is not one of paste, paste_enter, copy, type</source>
        <translation>发送方式 %1 无效，只能是 paste、paste_enter、copy、type 之一</translation>
    </message>
    <message>
        <source>the image position %1 is not before or after</source>
        <translation>图片位置 %1 无效，只能是 before 或 after</translation>
    </message>
    <message>
        <source>the image is larger than %1 MB</source>
        <translation>图片超过 %1 MB</translation>
    </message>
    <message>
        <source>the %1 is not valid (%2)</source>
        <translation>%1无效（%2）</translation>
    </message>
    <message>
        <source>the code %1 is already on row %2 of this file</source>
        <translation>快捷编码 %1 已在本文件第 %2 行出现</translation>
    </message>
    <message>
        <source>the script “%1” is in the trash; restore it first</source>
        <translation>话术“%1”在回收站里，请先恢复</translation>
    </message>
    <message>
        <source>the code %1 belongs to another script, “%2”</source>
        <translation>快捷编码 %1 已属于另一条话术“%2”</translation>
    </message>
    <message>
        <source>uses something Kefu does not have (%1)</source>
        <translation>用到了客服助手不支持的功能（%1）</translation>
    </message>
    <message>
        <source>favourite “%1” is not 是/否, 1/0 or true/false</source>
        <translation>收藏“%1”无效，应为 是/否、1/0 或 true/false</translation>
    </message>
    <message>
        <source>the entry does not follow the pack format (%1)</source>
        <translation>这一条不符合活动包格式（%1）</translation>
    </message>
    <message>
        <source>the embedded image is damaged (%1)</source>
        <translation>内嵌图片已损坏（%1）</translation>
    </message>
</context>
<context>
    <name>LeadConsole</name>
    <message>
        <source>Kefu Assistant — Lead console</source>
        <translation>客服助手 — 组长控制台</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>活动包：</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Build &amp;&amp; publish</source>
        <translation>编辑与发布</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>紧急通知</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>就绪看板</translation>
    </message>
    <message>
        <source>Usage review</source>
        <translation>使用复盘</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1（版本 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) in the team</source>
        <translation>
            <numerusform>团队共有 %n 个活动包</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
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
    <message>
        <source>Library</source>
        <translation>话术库</translation>
    </message>
    <message>
        <source>New script</source>
        <translation>新建话术</translation>
    </message>
    <message>
        <source>New script (Ctrl+N)</source>
        <translation>新建话术（Ctrl+N）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the selected scripts to the trash (Del)</source>
        <translation>把选中的话术移到回收站（Del）</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <source>Move the selected scripts to a category (Ctrl+M)</source>
        <translation>把选中的话术移到某个分组（Ctrl+M）</translation>
    </message>
    <message>
        <source>Copy to my library</source>
        <translation>复制到我的话术</translation>
    </message>
    <message>
        <source>Copy team or built-in scripts to your own library</source>
        <translation>把团队或内置话术复制到自己的话术库</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last move, delete or edit (Ctrl+Z)</source>
        <translation>撤销上一次移动、删除或编辑（Ctrl+Z）</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>新建分组…</translation>
    </message>
    <message>
        <source>New category (Ctrl+Shift+N)</source>
        <translation>新建分组（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Rename category…</source>
        <translation>重命名分组…</translation>
    </message>
    <message>
        <source>Rename category (F2)</source>
        <translation>重命名分组（F2）</translation>
    </message>
    <message>
        <source>Delete category…</source>
        <translation>删除分组…</translation>
    </message>
    <message>
        <source>Delete category (Del); no script is lost</source>
        <translation>删除分组（Del），话术不会丢失</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import scripts from a file (Ctrl+I)</source>
        <translation>从文件导入话术（Ctrl+I）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export scripts to a file (Ctrl+Shift+E)</source>
        <translation>把话术导出到文件（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Deleted scripts, to restore (Ctrl+Shift+T)</source>
        <translation>已删除的话术，可恢复（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动包</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>All libraries</source>
        <translation>全部话术库</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message numerus="yes">
        <source>the first %n scripts; type to narrow</source>
        <translation>
            <numerusform>只显示前 %n 条；输入文字可缩小范围</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n 条话术</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>The script in the editor has changes that are not saved.</source>
        <translation>编辑器里的话术有修改还没有保存。</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>Saved “%1”. Ctrl+Z undoes.</source>
        <translation>已保存“%1”。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Scripts move only within their own library; use “Copy to my library” for team scripts.</source>
        <translation>话术只能在所属话术库内移动；团队话术请用“复制到我的话术”。</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n script(s) to %1.</source>
        <translation>
            <numerusform>已把 %n 条话术移到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n script(s) to the trash. Ctrl+Z undoes.</source>
        <translation>
            <numerusform>已把 %n 条话术移到回收站。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n script(s).</source>
        <translation>
            <numerusform>已恢复 %n 条话术。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n script(s) to my library.</source>
        <translation>
            <numerusform>已复制 %n 条话术到我的话术。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <source>Choose a category of a library you can change.</source>
        <translation>请先选择一个可修改的话术库里的分组。</translation>
    </message>
    <message>
        <source>Category added.</source>
        <translation>分组已添加。</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建分组</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>新分组的名称：</translation>
    </message>
    <message>
        <source>Category renamed.</source>
        <translation>分组已重命名。</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名分组</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>删除分组</translation>
    </message>
    <message>
        <source>Delete the category “%1” and its subcategories? No script is lost: choose where its scripts go.</source>
        <translation>删除分组“%1”及其子分组？话术不会丢失：请选择这些话术放到哪里。</translation>
    </message>
    <message>
        <source>Scripts to the parent category</source>
        <translation>话术移到上级分组</translation>
    </message>
    <message>
        <source>Scripts to the trash</source>
        <translation>话术移到回收站</translation>
    </message>
    <message>
        <source>Category deleted. Ctrl+Z undoes.</source>
        <translation>分组已删除。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Category moved.</source>
        <translation>分组已移动。</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move scripts</source>
        <translation>移动话术</translation>
    </message>
    <message numerus="yes">
        <source>Move %n script(s) to the category (type a new one to create it):</source>
        <translation>
            <numerusform>把 %n 条话术移到分组（输入新名称即新建）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackArchiveWindow</name>
    <message>
        <source>Kefu Assistant — Campaign packs</source>
        <translation>客服助手 — 活动包</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>置顶</translation>
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
        <source>Checklist…</source>
        <translation>检查项…</translation>
    </message>
    <message>
        <source>on now</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>No campaign packs yet.</source>
        <translation>还没有活动包。</translation>
    </message>
    <message>
        <source>Team variables: %1</source>
        <translation>团队变量：%1</translation>
    </message>
</context>
<context>
    <name>PackBuilder</name>
    <message>
        <source>e.g. Double 11 promotion</source>
        <translation>例如：双11 大促</translation>
    </message>
    <message>
        <source>Shown to agents when the pack arrives</source>
        <translation>活动包送达时给客服看的通知</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量名</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>One readiness item per line</source>
        <translation>每行一个检查项</translation>
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
        <source>Pinned</source>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Buyer&apos;s message</source>
        <translation>买家消息</translation>
    </message>
    <message>
        <source>Accepted codes</source>
        <translation>答案编码</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不设</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Agents whose practice score over these drills reaches the target get the checklist item 练习达标 ticked by their app.</source>
        <translation>客服在这些练习中的总分达到目标后，准备清单里的「练习达标」会自动打勾。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Team variables</source>
        <translation>团队变量</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Scripts (tick to include; pinned = 1, 2, 3…)</source>
        <translation>话术（勾选收入；置顶填 1、2、3…）</translation>
    </message>
    <message>
        <source>Practice drills</source>
        <translation>练习题</translation>
    </message>
    <message>
        <source>Drill target</source>
        <translation>练习目标分</translation>
    </message>
    <message>
        <source>Drill row %1 needs a buyer&apos;s message and at least one accepted code.</source>
        <translation>练习第 %1 行需要买家消息和至少一个答案编码。</translation>
    </message>
    <message>
        <source>Drill row %1: difficulty “%2” is not easy, medium or hard.</source>
        <translation>练习第 %1 行：难度「%2」不是简单、中等或困难。</translation>
    </message>
    <message>
        <source>Publish as the next version of “%1”</source>
        <translation>作为“%1”的新版本发布</translation>
    </message>
    <message>
        <source>Publish as the next version of the chosen pack</source>
        <translation>作为所选活动包的新版本发布</translation>
    </message>
    <message>
        <source>Give the pack a name.</source>
        <translation>请给活动包起个名字。</translation>
    </message>
    <message>
        <source>The end of the window must be after its start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Variable row %1 has a value but no name.</source>
        <translation>变量第 %1 行有值但没有变量名。</translation>
    </message>
    <message>
        <source>Pinned place “%1” of script row %2 is not a free whole number (and a pinned script needs a code).</source>
        <translation>话术第 %2 行的置顶位置“%1”不是未被占用的整数（置顶话术还需要快捷编码）。</translation>
    </message>
    <message>
        <source>Tick at least one script.</source>
        <translation>请至少勾选一条话术。</translation>
    </message>
    <message>
        <source>A drill target needs drills: add them to the table or set the target to none.</source>
        <translation>设了练习目标就要有练习题：请在表格里添加练习，或把目标设为「不设」。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message numerus="yes">
        <source>Published “%1”, version %2, %n script(s).</source>
        <translation>
            <numerusform>已发布“%1”，版本 %2，共 %n 条话术。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
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
        <source>Suggestions for the buyer&apos;s message: %1</source>
        <translation>根据买家消息推荐：%1</translation>
    </message>
    <message>
        <source>Copy the buyer&apos;s message first: the clipboard holds no text</source>
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
        <source>Reference replies: fill in the fields; Enter or Alt+1..3 pastes, Ctrl+C copies</source>
        <translation>参考回复：先填好上面的内容；Enter 或 Alt+1..3 粘贴，Ctrl+C 复制</translation>
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
        <source>Choose a situation on the left.</source>
        <translation>请在左侧选择一个场景。</translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation>适用情况</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>先核实</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>处理步骤</translation>
    </message>
    <message>
        <source>Never say</source>
        <translation>禁忌说法</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>相关话术编码</translation>
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
    <name>ScriptEditor</name>
    <message>
        <source>&amp;Code</source>
        <translation>快捷编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>分组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keywords</source>
        <translation>关键词(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>发送方式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Hotkey</source>
        <translation>热键(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>内容(&amp;B)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>e.g. tk (optional)</source>
        <translation>例如 tk（可不填）</translation>
    </message>
    <message>
        <source>empty: the first line of the body</source>
        <translation>不填则用内容的第一行</translation>
    </message>
    <message>
        <source>words that find this script, separated by commas</source>
        <translation>用来搜到这条话术的词，用逗号分隔</translation>
    </message>
    <message>
        <source>press a key combination; Backspace clears</source>
        <translation>直接按下组合键；退格键清除</translation>
    </message>
    <message>
        <source>The reply. Variables: {{客户}}, {{尺码:S|M|L}}, {{日期+3}}, {{@code}}</source>
        <translation>回复内容。变量：{{客户}}、{{尺码:S|M|L}}、{{日期+3}}、{{@编码}}</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste and send (Enter)</source>
        <translation>粘贴并发送（回车）</translation>
    </message>
    <message>
        <source>Copy only</source>
        <translation>仅复制</translation>
    </message>
    <message>
        <source>Type it</source>
        <translation>模拟输入</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Co&amp;py to my library</source>
        <translation>复制到我的话术(&amp;P)</translation>
    </message>
    <message>
        <source>Choose a script, or press Ctrl+N for a new one.</source>
        <translation>选择一条话术，或按 Ctrl+N 新建。</translation>
    </message>
    <message>
        <source>%1 is read-only. Copy a script to your library to change it.</source>
        <translation>“%1”是只读的。要修改请先复制到我的话术。</translation>
    </message>
    <message>
        <source>New script in %1</source>
        <translation>在“%1”中新建话术</translation>
    </message>
    <message>
        <source>Editing “%1”</source>
        <translation>正在编辑“%1”</translation>
    </message>
    <message>
        <source>Variable %1: %2</source>
        <translation>变量 %1：%2</translation>
    </message>
    <message>
        <source>The code %1 is already used by “%2” in this library: choose another code.</source>
        <translation>快捷编码 %1 已被本库的“%2”使用，请换一个。</translation>
    </message>
    <message>
        <source>The code %1 also exists in %2 (“%3”); typing it uses the library that wins (campaign, mine, team, built-in).</source>
        <translation>快捷编码 %1 在“%2”中也有（“%3”）；输入时按优先级使用（活动包、我的、团队、内置）。</translation>
    </message>
    <message>
        <source>The hotkey %1 is already used by “%2”.</source>
        <translation>热键 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>The hotkey %1 is one of the app&apos;s own hotkeys.</source>
        <translation>热键 %1 是本软件自己的热键。</translation>
    </message>
    <message>
        <source>The script was deleted elsewhere.</source>
        <translation>这条话术已在别处被删除。</translation>
    </message>
    <message>
        <source>Updated: it was changed elsewhere.</source>
        <translation>已更新：这条话术在别处被修改过。</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Replace the version of “%1” that was changed elsewhere with yours? Their changes are lost (Ctrl+Z in the library brings them back).</source>
        <translation>用你的版本覆盖别处修改过的“%1”？对方的修改会被替换（在话术库里按 Ctrl+Z 可以找回）。</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>用我的覆盖</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1（我的副本）</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: the script was changed elsewhere. Choose above.</source>
        <translation>未保存：这条话术已在别处被修改，请在上方选择处理方式。</translation>
    </message>
    <message>
        <source>Not saved: fix the variables marked in red first.</source>
        <translation>未保存：请先改正标红的变量。</translation>
    </message>
    <message>
        <source>Saved as a new script.</source>
        <translation>已另存为新话术。</translation>
    </message>
    <message>
        <source>Saved as a new script, without the code %1 (the original keeps it).</source>
        <translation>已另存为新话术，未带快捷编码 %1（原话术保留该编码）。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>SettingErrors</name>
    <message>
        <source>Use 1 to 3 signs such as ; or // (no letters, digits or spaces).</source>
        <translation>请用 1 到 3 个符号，比如 ; 或 //（不能有字母、数字或空格）。</translation>
    </message>
    <message>
        <source>Not a usable key combination: use one like Ctrl+Alt+K or F9.</source>
        <translation>这个组合键不能用：请用 Ctrl+Alt+K 或 F9 这样的组合。</translation>
    </message>
    <message>
        <source>Paste keys for “%1”: write keys such as ctrl+shift+v.</source>
        <translation>“%1”的粘贴快捷键：请写成 ctrl+shift+v 这样的组合键。</translation>
    </message>
    <message>
        <source>Use a number from %1 to %2.</source>
        <translation>请填 %1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>Choose one of: %1</source>
        <translation>请从这些里选一个：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>%1 is already the hotkey for: %2</source>
        <translation>%1 已经是“%2”的快捷键</translation>
    </message>
    <message>
        <source>%1 is already the hotkey of the script “%2”</source>
        <translation>%1 已经是话术“%2”的快捷键</translation>
    </message>
    <message>
        <source>Kefu Assistant — Settings</source>
        <translation>客服助手 — 设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Hotkeys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Typed codes</source>
        <translation>编码输入</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>团队同步</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Open the picker</source>
        <translation>打开话术选择框</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>暂停 / 恢复</translation>
    </message>
    <message>
        <source>Prefix before a code</source>
        <translation>编码前缀</translation>
    </message>
    <message>
        <source>Keys that end a code</source>
        <translation>结束编码的按键</translation>
    </message>
    <message>
        <source>Never in these programs</source>
        <translation>在这些程序里不触发</translation>
    </message>
    <message>
        <source>After the chat window is back</source>
        <translation>切回聊天窗口后等待</translation>
    </message>
    <message>
        <source>Before the paste keys</source>
        <translation>粘贴前等待</translation>
    </message>
    <message>
        <source>Longest wait before the clipboard is restored</source>
        <translation>恢复剪贴板前最长等待</translation>
    </message>
    <message>
        <source>After the chat app read the clipboard</source>
        <translation>聊天软件读取剪贴板后等待</translation>
    </message>
    <message>
        <source>After the paste, before Enter</source>
        <translation>粘贴后、发送前等待</translation>
    </message>
    <message>
        <source>Wait for the hotkey&apos;s keys to be let go</source>
        <translation>等待松开快捷键的时长</translation>
    </message>
    <message>
        <source>New line when text is typed out</source>
        <translation>逐字输入时的换行键</translation>
    </message>
    <message>
        <source>Paste keys per program</source>
        <translation>各程序的粘贴快捷键</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Enter (sends the message in most chat apps)</source>
        <translation>回车（多数聊天软件会直接发送）</translation>
    </message>
    <message>
        <source>Turn a typed prefix + code into its script</source>
        <translation>输入“前缀 + 编码”时自动替换成话术</translation>
    </message>
    <message>
        <source>Program names, separated by commas</source>
        <translation>程序名，用逗号分隔</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Click a field and press the new key combination, e.g. Ctrl+Alt+K. It works at once.</source>
        <translation>点一下输入框，再按新的组合键，比如 Ctrl+Alt+K，立即生效。</translation>
    </message>
    <message>
        <source>Press a key combination</source>
        <translation>请按组合键</translation>
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
            <numerusform>共使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted script)</source>
        <translation>（已删除的话术）</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>a file only you can read (this system has no keyring)</source>
        <translation>只有你能读取的文件里（本系统没有钥匙串）</translation>
    </message>
    <message>
        <source>Signed in to %1. The sign-in is kept in %2.</source>
        <translation>已登录 %1，登录凭证保存在%2。</translation>
    </message>
    <message>
        <source>Not signed in: your library stays on this computer only.</source>
        <translation>未登录：话术库只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Server: write the address with http:// or https://</source>
        <translation>服务器：地址要以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>登录失败：%1</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
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
        <source>Category</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete forever</source>
        <translation>彻底删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected scripts for good (Shift+Del)</source>
        <translation>彻底删除选中的话术（Shift+Del）</translation>
    </message>
    <message>
        <source>&amp;Empty trash</source>
        <translation>清空回收站(&amp;E)</translation>
    </message>
    <message>
        <source>Deleted scripts stay here until you restore them (Enter) or delete them for good (Shift+Del).</source>
        <translation>删除的话术会留在这里，直到你恢复（回车）或彻底删除（Shift+Del）。</translation>
    </message>
    <message>
        <source>Delete forever</source>
        <translation>彻底删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n script(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>彻底删除 %n 条话术？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n script(s) in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>彻底删除回收站里的全部 %n 条话术？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n script(s) for good.</source>
        <translation>
            <numerusform>已彻底删除 %n 条话术。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
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
        <source>Q&amp;&amp;A</source>
        <translation>问答</translation>
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
    <name>UsageView</name>
    <message>
        <source> chars/min</source>
        <translation> 字/分钟</translation>
    </message>
    <message>
        <source>Typing speed used for the time saved</source>
        <translation>计算节省时间所用的打字速度</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export .xlsx…</source>
        <translation>导出 .xlsx…</translation>
    </message>
    <message>
        <source>Export .csv…</source>
        <translation>导出 .csv…</translation>
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
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>使用人数</translation>
    </message>
    <message>
        <source>Minutes saved</source>
        <translation>节省分钟</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Typing speed</source>
        <translation>打字速度</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s) · %1 minutes saved at %2 characters a minute · never used: %3</source>
        <translation>
            <numerusform>共使用 %n 次 · 按每分钟 %2 字计节省 %1 分钟 · 未使用话术：%3 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Uses per hour</source>
        <translation>每小时使用次数</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export usage review</source>
        <translation>导出使用复盘</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>VariableProblems</name>
    <message>
        <source>{{ is not closed with }} on the same line</source>
        <translation>{{ 在同一行没有用 }} 结束</translation>
    </message>
    <message>
        <source>empty variable {{}}</source>
        <translation>空变量 {{}}</translation>
    </message>
    <message>
        <source>the variable has no name</source>
        <translation>变量没有名字</translation>
    </message>
    <message>
        <source>a variable name cannot hold braces or control characters</source>
        <translation>变量名不能包含花括号或控制字符</translation>
    </message>
    <message>
        <source>malformed variable: &apos;|&apos; after a name (use &apos;:&apos; for choices, &apos;=&apos; for a default)</source>
        <translation>变量格式不对：名字后面不能直接用“|”（选项用“:”，默认值用“=”）</translation>
    </message>
    <message>
        <source>the day offset is not valid (e.g. {{日期+3}})</source>
        <translation>天数偏移不正确（例如 {{日期+3}}）</translation>
    </message>
    <message>
        <source>the date or time format is not valid</source>
        <translation>日期或时间格式不正确</translation>
    </message>
    <message>
        <source>this built-in variable takes no default or choices</source>
        <translation>这个内置变量不能设默认值或选项</translation>
    </message>
    <message>
        <source>an empty choice between &apos;|&apos;</source>
        <translation>“|”之间有空选项</translation>
    </message>
    <message>
        <source>the default is not one of the choices</source>
        <translation>默认值不在选项里</translation>
    </message>
    <message>
        <source>{{@}} needs the code of a script</source>
        <translation>{{@}} 后面要写一条话术的快捷编码</translation>
    </message>
    <message>
        <source>not a valid code after @</source>
        <translation>@ 后面不是有效的快捷编码</translation>
    </message>
    <message>
        <source>no script has this code</source>
        <translation>没有话术使用这个快捷编码</translation>
    </message>
    <message>
        <source>scripts include each other in a circle</source>
        <translation>话术之间循环引用</translation>
    </message>
    <message>
        <source>scripts are included more than 5 levels deep</source>
        <translation>话术引用超过 5 层</translation>
    </message>
    <message>
        <source>more than 100 scripts are included</source>
        <translation>引用的话术超过 100 条</translation>
    </message>
    <message>
        <source>the included script has a problem of its own</source>
        <translation>被引用的话术本身有问题</translation>
    </message>
    <message>
        <source>{{光标}} may appear only once</source>
        <translation>{{光标}} 只能出现一次</translation>
    </message>
    <message>
        <source>the same variable is defined twice with different defaults or choices</source>
        <translation>同一个变量定义了两次，默认值或选项不一致</translation>
    </message>
    <message>
        <source>a team variable replaces this built-in, so its offset or format cannot apply</source>
        <translation>团队变量替换了这个内置变量，偏移或格式无法生效</translation>
    </message>
    <message>
        <source>problem in a variable</source>
        <translation>变量有问题</translation>
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
    <name>VersionsView</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>话术数</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Select two versions, or one to compare it with the current one</source>
        <translation>选两个版本对比，或选一个与当前版本对比</translation>
    </message>
    <message>
        <source>Roll back to this version</source>
        <translation>回滚到此版本</translation>
    </message>
    <message>
        <source>Current version: %1</source>
        <translation>当前版本：%1</translation>
    </message>
    <message>
        <source>rollback to version %1</source>
        <translation>回滚到版本 %1</translation>
    </message>
    <message>
        <source>incident broadcast</source>
        <translation>紧急通知</translation>
    </message>
    <message>
        <source>Version %1 → %2</source>
        <translation>版本 %1 → %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Variable %1: %2 → %3</source>
        <translation>变量 %1：%2 → %3</translation>
    </message>
    <message>
        <source>Checklist added: %1</source>
        <translation>新增检查项：%1</translation>
    </message>
    <message>
        <source>Checklist removed: %1</source>
        <translation>删除检查项：%1</translation>
    </message>
    <message>
        <source>Drill added: %1</source>
        <translation>新增练习：%1</translation>
    </message>
    <message>
        <source>Drill removed: %1</source>
        <translation>删除练习：%1</translation>
    </message>
    <message>
        <source>Drill changed: %1</source>
        <translation>修改练习：%1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
    <message>
        <source>Rolled back: version %1 is live on every agent.</source>
        <translation>已回滚：所有客服现在用的是版本 %1。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
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
