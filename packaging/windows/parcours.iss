; Inno Setup script of the Windows installer (built by .github/workflows/package.yml).
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\build\bundle\parcours packaging\windows\parcours.iss
;
; AppVersion comes from app/__init__.py through the workflow (the one place the version is
; written); BundleDir is PyInstaller's one-folder bundle made by packaging/parcours.spec.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\bundle\parcours"
#endif

[Setup]
AppId={{7C1B5E2A-4F7D-4C4B-9A5E-3D2F1A6B8C90}
AppName=Parcours
AppVersion={#AppVersion}
AppPublisher=The Parcours team
DefaultDirName={autopf}\Parcours
DefaultGroupName=Parcours
OutputDir=..\..\dist
OutputBaseFilename=parcours-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
PrivilegesRequiredOverridesAllowed=dialog
LicenseFile=..\..\LICENSE
UninstallDisplayIcon={app}\parcours.exe
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Parcours"; Filename: "{app}\parcours.exe"
Name: "{autodesktop}\Parcours"; Filename: "{app}\parcours.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .parcours files open with Parcours and show its icon.
Root: HKA; Subkey: "Software\Classes\.parcours"; ValueType: string; ValueName: ""; ValueData: "Parcours.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Parcours.Project"; ValueType: string; ValueName: ""; ValueData: "Parcours project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Parcours.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\parcours.exe,0"
Root: HKA; Subkey: "Software\Classes\Parcours.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\parcours.exe"" ""%1"""

[Run]
Filename: "{app}\parcours.exe"; Description: "{cm:LaunchProgram,Parcours}"; Flags: nowait postinstall skipifsilent
