; Inno Setup script for Persona Workshop on Windows (Inno Setup 6.3 or newer).
;
; Build on Windows, after the PyInstaller bundle (see packaging/README.md):
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\persona-workshop.spec
;   for /f %v in ('python -c "import workshop; print(workshop.__version__)"') do ^
;     iscc /DAppVersion=%v packaging\windows\persona-workshop.iss
; Output: dist\persona-workshop-<version>-setup.exe
;
; It installs the one-folder bundle, Start menu (and optional desktop) shortcuts, and
; associates .pwshop workshop files with the program so they open by double-click.
; Names and ids match packaging/bundle_config.py and the workshop package; the tests in
; tests/packaging check that they agree.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (python -c "import workshop; print(workshop.__version__)")
#endif
#define AppName "Persona Workshop"
#define AppId "org.personaworkshop.PersonaWorkshop"
#define AppPublisher "The Persona Workshop authors"
#define BundleDir "..\..\dist\persona-workshop"
#define ExeName "persona-workshop.exe"
#define FileSuffix ".pwshop"
#define ProgId "PersonaWorkshop.Workshop.1"
#define FileKind "Persona Workshop file"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=persona-workshop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\persona-workshop.ico
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; The .pwshop file association (HKA: per-user or per-machine, following the install mode).
Root: HKA; Subkey: "Software\Classes\{#FileSuffix}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#FileSuffix}"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-persona-workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#FileKind}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: "{#FileSuffix}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
