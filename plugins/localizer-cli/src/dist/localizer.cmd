@echo off
rem The `localizer` command of the Windows distribution zip. Java options: LOCALIZER_JAVA_OPTS (e.g. -Xmx8g);
rem the fixed ones are in lib\localizer.jvm-options, shared with the sh launcher.
setlocal
set "here=%~dp0"
set "java_bin=java"
if defined JAVA_HOME set "java_bin=%JAVA_HOME%\bin\java"
rem OpenMP threads of the natives sleep while they wait instead of spinning (spinning starves a busy machine).
if not defined OMP_WAIT_POLICY set "OMP_WAIT_POLICY=PASSIVE"
"%java_bin%" "@%here%lib\localizer.jvm-options" %LOCALIZER_JAVA_OPTS% -cp "%here%lib\*" dev.localizer.cli.Main %*
exit /b %ERRORLEVEL%
