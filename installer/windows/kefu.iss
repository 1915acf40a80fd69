; Inno Setup script: the Windows installer for Kefu Assistant (客服助手).
;
; Build the bundle first (on Windows, from the repository root):
;     pyinstaller --noconfirm --clean installer\kefu.spec        -> dist\kefu\kefu.exe
; then compile this script (Inno Setup 6):
;     iscc installer\windows\kefu.iss                            -> dist\KefuAssistant-Setup-0.1.0.exe
;
; Per-user install by default (no admin rights needed on an office PC; the start-at-login
; entry lives in the same user's HKCU Run key).  The uninstaller removes the program and
; the login entry; the agent's library, settings and backups (%LOCALAPPDATA%\KefuAssistant)
; stay unless they answer Yes to the question (a silent uninstall always keeps them).

#define AppVersion "0.1.0"
#define AppExe "kefu.exe"

[Setup]
AppId={{6F1C2A4E-8B7D-4C1A-9E3F-5A2B7C9D0E14}
AppName=客服助手 Kefu Assistant
AppVersion={#AppVersion}
AppPublisher=Kefu Assistant
DefaultDirName={autopf}\Kefu Assistant
DefaultGroupName=客服助手 Kefu Assistant
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=KefuAssistant-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppExe}
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.StartAtLogin=登录 Windows 后自动启动客服助手
english.StartAtLogin=Start Kefu Assistant when I log in
chinesesimplified.DesktopIcon=在桌面创建快捷方式
english.DesktopIcon=Create a desktop shortcut
chinesesimplified.DeleteData=是否同时删除您的话术库、设置和备份？%n%n选“否”则保留（重新安装后可继续使用）。
english.DeleteData=Also delete your scripts library, settings and backups?%n%nChoose No to keep them (a new install picks them up again).

[Tasks]
Name: "startatlogin"; Description: "{cm:StartAtLogin}"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\kefu\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\客服助手 Kefu Assistant"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\客服助手 Kefu Assistant"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; The app's own setting writes the Run-key entry, so the app and the installer agree
; (the app re-applies app.start_at_login at every start).
Filename: "{app}\{#AppExe}"; Parameters: "config set app.start_at_login true"; Tasks: startatlogin; Flags: runhidden waituntilterminated runasoriginaluser
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,客服助手}"; Flags: nowait postinstall skipifsilent

[Code]
const
  RunKey = 'Software\Microsoft\Windows\CurrentVersion\Run';

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usUninstall then
    RegDeleteValue(HKEY_CURRENT_USER, RunKey, 'KefuAssistant');
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\KefuAssistant');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(CustomMessage('DeleteData'), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
