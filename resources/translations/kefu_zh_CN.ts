<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Sign in to the team server first: kefu login SERVER USERNAME</source>
        <translation>请先登录团队服务器：kefu login 服务器地址 用户名</translation>
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
        <source>%1 / %2 ready</source>
        <translation>已就绪 %1 / %2</translation>
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
    <message numerus="yes">
        <source>%n script(s)</source>
        <translation>
            <numerusform>%n 条话术</numerusform>
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
    <name>self.library</name>
    <message>
        <source>Kefu Assistant</source>
        <translation>客服助手</translation>
    </message>
</context>
</TS>
