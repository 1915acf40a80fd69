<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
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
            <numerusform>只显示前 %n 条；输入文字可缩小范围</numerusform></translation>
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
        <source>The hotkey %1 is one of the app's own hotkeys.</source>
        <translation>热键 %1 是本软件自己的热键。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: fix the variables marked in red first.</source>
        <translation>未保存：请先改正标红的变量。</translation>
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
        <source>Deleted scripts stay here until you restore them. Enter restores.</source>
        <translation>删除的话术会留在这里，直到你恢复它们。按回车恢复。</translation>
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
        <source>malformed variable: '|' after a name (use ':' for choices, '=' for a default)</source>
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
        <source>an empty choice between '|'</source>
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
    <name>self.library</name>
    <message>
        <source>Kefu Assistant</source>
        <translation>客服助手</translation>
    </message>
</context>
</TS>
