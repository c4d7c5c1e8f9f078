@echo off
rem Cutover launcher for Windows: cutover.cmd [demo | empty | open FILE | <command> ...] (no argument: demo)
rem Needs a Java 21+ runtime: JAVA_HOME, or java on the PATH.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -version >nul 2>&1 || (echo cutover: Java 21 or newer is required: install one and set JAVA_HOME 1>&2 & exit /b 3)
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
set "OPTS="
for /f "usebackq eol=# delims=" %%o in ("%HERE%jvm.options") do set "OPTS=!OPTS! %%o"
if "%CUTOVER_HOME%"=="" set "CUTOVER_HOME=%USERPROFILE%\.cutover"
if "%CUTOVER_WORKSPACE%"=="" set "CUTOVER_WORKSPACE=%CUTOVER_HOME%\workspace"
if "%~1"=="" goto demo
if "%~1"=="empty" goto workbench
if "%~1"=="open" goto openfile
if "%~1"=="demo" goto demo
"%JAVA%" %OPTS% -Djava.awt.headless=true -Dcutover.home="%CUTOVER_HOME%" -Dcutover.workspace="%CUTOVER_WORKSPACE%" -jar "%LAUNCHER%" -nosplash -data @none -application cutover.cli.app %*
exit /b %ERRORLEVEL%
:demo
set "DEMO=%CUTOVER_HOME%\demo\mfaserver-demo-100000.csv"
if not exist "%DEMO%" "%JAVA%" %OPTS% -Dcutover.home="%CUTOVER_HOME%" -jar "%LAUNCHER%" -nosplash -data @none -application cutover.cli.app generate mfaserver --users 100000 --seed 42 --out "%DEMO%"
"%JAVA%" %OPTS% -Dcutover.home="%CUTOVER_HOME%" -Dcutover.workspace="%CUTOVER_WORKSPACE%" -Dcutover.tenant=demo -Dcutover.open="%DEMO%" -jar "%LAUNCHER%" -nosplash -data "%CUTOVER_WORKSPACE%"
exit /b %ERRORLEVEL%
:openfile
"%JAVA%" %OPTS% -Dcutover.home="%CUTOVER_HOME%" -Dcutover.workspace="%CUTOVER_WORKSPACE%" -Dcutover.open="%~f2" -jar "%LAUNCHER%" -nosplash -data "%CUTOVER_WORKSPACE%"
exit /b %ERRORLEVEL%
:workbench
"%JAVA%" %OPTS% %CUTOVER_JAVA_OPTS% -Dcutover.home="%CUTOVER_HOME%" -Dcutover.workspace="%CUTOVER_WORKSPACE%" -jar "%LAUNCHER%" -nosplash -data "%CUTOVER_WORKSPACE%"
exit /b %ERRORLEVEL%
