; Inno Setup script for the Windows installer (see packaging/README.md).
; Build the bundle first on Windows: pyinstaller packaging\exchange-desk.spec
; then: iscc /DVersion=0.1.0 packaging\windows\exchange-desk.iss
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6F1C2A4E-7E0B-4C53-9B1D-3E2A9C5D7F10}
AppName=Exchange Desk
AppVersion={#Version}
AppPublisher=Exchange Desk
DefaultDirName={autopf}\Exchange Desk
DefaultGroupName=Exchange Desk
OutputDir=..\..\dist
OutputBaseFilename=exchange-desk-{#Version}-windows-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
SetupIconFile=exchange-desk.ico

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"

[Files]
Source: "..\..\dist\exchange-desk-windows\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Exchange Desk"; Filename: "{app}\Exchange Desk.exe"
Name: "{autodesktop}\Exchange Desk"; Filename: "{app}\Exchange Desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\Exchange Desk.exe"; Description: "{cm:LaunchProgram,Exchange Desk}"; Flags: nowait postinstall skipifsilent
