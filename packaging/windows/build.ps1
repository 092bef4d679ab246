# Build the Windows bundle and installer (run by .github/workflows/package.yml).
#   pwsh packaging/windows/build.ps1      from a checkout with pip install ".[dist]" done
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$version = python -c "import sys; sys.path.insert(0, 'packaging'); from pathlib import Path; import bundle_files as b; print(b.read_version(Path('.')))"
Get-ChildItem resources/translations/*.ts | ForEach-Object {
    pyside6-lrelease -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
python packaging/render_icons.py build/icons
python -c "from PIL import Image; Image.open('build/icons/256x256/apps/parcours.png').save('packaging/windows/parcours.ico', sizes=[(16,16),(32,32),(48,48),(256,256)])"
pyinstaller --noconfirm --clean --distpath build/bundle --workpath build/pyinstaller packaging/parcours.spec
& "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" "/DAppVersion=$version" "/DBundleDir=..\..\build\bundle\parcours" packaging\windows\parcours.iss
