<#
.SYNOPSIS
    Collects, on one customer server, the files Cutover's dependency inventory reads, into one zip.

.DESCRIPTION
    Run it (as an administrator, Windows PowerShell 5.1 or PowerShell 7) on each server that takes part in
    MFA Server authentication: the MFA Server itself, every NPS server, and one AD FS server of each farm. It
    collects what the server has and skips the rest with a note; run it on several servers and give Cutover all
    the zips, or unpack them into one folder. Nothing is sent anywhere.

    What it collects, in a folder named after the server (the folder names the server in Cutover; the layout and
    what Cutover reads from each file are in docs/formats/inventory-inputs-v1.md):
      NPS         nps-configuration.xml       netsh nps export … exportPSK=YES, shared secrets removed
                  authsrv-parameters.reg      reg export of HKLM\SYSTEM\CurrentControlSet\Services\AuthSrv\Parameters
                  azuremfa.reg                reg export of HKLM\SOFTWARE\Microsoft\AzureMfa (the NPS extension)
      AD FS       relying-party-trusts.json, global-authentication-policy.json, access-control-policies.json
                  (ConvertTo-Json -Depth 5), additional-authentication-rule.txt (Get-AdfsAdditionalAuthenticationRule,
                  the farm-wide rule; empty when the farm has none), MultiFactorAuthenticationAdfsAdapter.config
                  (Export-AdfsAuthenticationProviderConfigurationData, passwords removed)
      MFA Server  <server>-UserPortal\web.config, <server>-MobileAppWebService\web.config (passwords removed);
                  radius-clients.csv and ldap-clients.csv: EMPTY templates. The MFA Server console has no
                  export of its RADIUS and LDAP clients: fill one row per client from the console (RADIUS
                  Authentication > Clients, LDAP Authentication > Clients). Never type a shared secret into
                  them: Cutover refuses a file with a secret column.
      MIM         MfaSettings.xml (passwords removed)
      collection.txt  what was collected, from which server and when, and every step that was skipped.

    Several servers: unzip every server's zip into one folder (each server keeps its own subfolder) and open that
    folder in Cutover; or open each zip on its own.

    SECRETS: netsh only exports NPS with the RADIUS shared secrets (exportPSK=YES is required). This script
    replaces each secret in the export with the marker "REMOVED-BY-COLLECTOR" before the file is zipped, and
    deletes the raw export; Cutover only needs to know that a secret is set. Passwords in web.config and
    MfaSettings.xml are replaced the same way. Check the zip before it leaves the server.

    Not run against a live customer farm by the Cutover team: try it on a test server first.

.PARAMETER OutFile
    The zip to write. Default: .\cutover-dependencies-<computer>-<yyyyMMdd-HHmm>.zip

.EXAMPLE
    .\Collect-MfaDependencies.ps1
    .\Collect-MfaDependencies.ps1 -OutFile D:\handover\nps01.zip
#>
[CmdletBinding()]
param(
    [string] $OutFile = (Join-Path (Get-Location) ("cutover-dependencies-{0}-{1}.zip" -f $env:COMPUTERNAME,
        (Get-Date -Format 'yyyyMMdd-HHmm')))
)

Set-StrictMode -Version 3
$ErrorActionPreference = 'Stop'
$Marker = 'REMOVED-BY-COLLECTOR'
$Work = Join-Path ([IO.Path]::GetTempPath()) ("cutover-collect-" + [guid]::NewGuid())
$Log = New-Object System.Collections.Generic.List[string]

function Note([string] $text) {
    $Log.Add(("{0:u}  {1}" -f (Get-Date), $text))
    Write-Host $text
}

function Step([string] $what, [scriptblock] $action) {
    try {
        & $action
        Note "collected: $what"
    } catch {
        Note "skipped:   $what ($($_.Exception.Message))"
    }
}

function Save-Utf8([string] $path, [string] $text) {
    New-Item -ItemType Directory -Force -Path (Split-Path $path) | Out-Null
    [IO.File]::WriteAllText($path, $text, (New-Object System.Text.UTF8Encoding $false))
}

# Replaces the text of every element named like a secret, and value="…" of appSettings keys named like one.
function Remove-Secrets([string] $xml) {
    $xml = [regex]::Replace($xml, '(?s)(<(Shared_Secret|Password|[A-Za-z_]*PASSWORD[A-Za-z_]*)\b[^>]*>)(.*?)(</\2>)',
        { param($m) $m.Groups[1].Value + $(if ($m.Groups[3].Value.Length -gt 0) { $Marker } else { '' }) + $m.Groups[4].Value })
    return [regex]::Replace($xml, '(?i)(<add\s+key="[^"]*(password|secret)[^"]*"\s+value=")([^"]*)(")',
        { param($m) $m.Groups[1].Value + $(if ($m.Groups[3].Value.Length -gt 0) { $Marker } else { '' }) + $m.Groups[4].Value })
}

function Copy-Redacted([string] $source, [string] $target) {
    if (-not (Test-Path $source)) { throw "not on this server: $source" }
    Save-Utf8 $target (Remove-Secrets ([IO.File]::ReadAllText($source)))
}

$Server = Join-Path $Work $env:COMPUTERNAME
New-Item -ItemType Directory -Force -Path $Server | Out-Null
try {
    Note ("Cutover dependency collection on {0} ({1}), PowerShell {2}" -f $env:COMPUTERNAME,
        (Get-CimInstance Win32_OperatingSystem -ErrorAction SilentlyContinue).Caption, $PSVersionTable.PSVersion)

    # --- NPS --------------------------------------------------------------------------------------------
    Step 'NPS configuration (shared secrets removed)' {
        if (-not (Get-Service IAS -ErrorAction SilentlyContinue)) { throw 'NPS (service IAS) is not installed' }
        $raw = Join-Path $Work 'nps-raw.xml'
        & netsh nps export filename="$raw" exportPSK=YES | Out-Null
        if (-not (Test-Path $raw)) { throw 'netsh nps export wrote nothing' }
        try {
            Save-Utf8 (Join-Path $Server 'nps-configuration.xml') (Remove-Secrets ([IO.File]::ReadAllText($raw)))
        } finally {
            Remove-Item -Force $raw
        }
    }
    Step 'NPS extension registration (AuthSrv\Parameters)' {
        & reg export 'HKLM\SYSTEM\CurrentControlSet\Services\AuthSrv\Parameters' (Join-Path $Server 'authsrv-parameters.reg') /y | Out-Null
        if ($LASTEXITCODE -ne 0) { throw 'the key does not exist' }
    }
    Step 'NPS extension settings (SOFTWARE\Microsoft\AzureMfa)' {
        & reg export 'HKLM\SOFTWARE\Microsoft\AzureMfa' (Join-Path $Server 'azuremfa.reg') /y | Out-Null
        if ($LASTEXITCODE -ne 0) { throw 'the key does not exist (the NPS extension is not installed)' }
    }

    # --- AD FS --------------------------------------------------------------------------------------------
    if (Get-Command Get-AdfsRelyingPartyTrust -ErrorAction SilentlyContinue) {
        Step 'AD FS relying party trusts' {
            Save-Utf8 (Join-Path $Server 'relying-party-trusts.json') (Get-AdfsRelyingPartyTrust | ConvertTo-Json -Depth 5)
        }
        Step 'AD FS global authentication policy' {
            Save-Utf8 (Join-Path $Server 'global-authentication-policy.json') (Get-AdfsGlobalAuthenticationPolicy | ConvertTo-Json -Depth 5)
        }
        Step 'AD FS access control policies' {
            Save-Utf8 (Join-Path $Server 'access-control-policies.json') (Get-AdfsAccessControlPolicy | ConvertTo-Json -Depth 5)
        }
        Step 'AD FS farm additional authentication rule' {
            Save-Utf8 (Join-Path $Server 'additional-authentication-rule.txt') (@(Get-AdfsAdditionalAuthenticationRule) -join "`r`n")
        }
        Step 'MFA Server adapter configuration (passwords removed)' {
            $adapter = Get-AdfsAuthenticationProvider | Where-Object { $_.Name -match 'AzureMfaServerAuthentication|WindowsAzureMultiFactorAuthentication' } | Select-Object -First 1
            if (-not $adapter) { throw 'no MFA Server adapter is registered' }
            $raw = Join-Path $Work 'adapter-raw.xml'
            Export-AdfsAuthenticationProviderConfigurationData -Name $adapter.Name -FilePath $raw
            try { Copy-Redacted $raw (Join-Path $Server 'MultiFactorAuthenticationAdfsAdapter.config') } finally { Remove-Item -Force $raw }
        }
    } else {
        Note 'skipped:   AD FS (the ADFS PowerShell module is not on this server)'
    }

    # --- MFA Server and MIM -------------------------------------------------------------------------------
    $inetpub = Join-Path $env:SystemDrive 'inetpub\wwwroot'
    Step 'MFA Server User portal web.config (passwords removed)' {
        Copy-Redacted (Join-Path $inetpub 'MultiFactorAuth\web.config') (Join-Path $Work "$env:COMPUTERNAME-UserPortal\web.config")
    }
    Step 'MFA Server Mobile App Web Service web.config (passwords removed)' {
        Copy-Redacted (Join-Path $inetpub 'MultiFactorAuthMobileAppWebService\web.config') (Join-Path $Work "$env:COMPUTERNAME-MobileAppWebService\web.config")
    }
    Step 'MIM MfaSettings.xml (passwords removed)' {
        $mim = Join-Path $env:ProgramFiles 'Microsoft Forefront Identity Manager\2010\Service\MfaSettings.xml'
        Copy-Redacted $mim (Join-Path $Server 'MfaSettings.xml')
    }
    Step 'templates for the MFA Server RADIUS and LDAP clients (fill them from the console)' {
        if (-not (Get-Service MultiFactorAuthSvc -ErrorAction SilentlyContinue)) { throw 'MFA Server is not installed here' }
        Save-Utf8 (Join-Path $Server 'radius-clients.csv') "name,ip_address,enabled,authentication_protocol,application_name,target,vendor,notes`r`n"
        Save-Utf8 (Join-Path $Server 'ldap-clients.csv') "name,ip_address,base_dn,port,ssl,application_name,purpose,notes`r`n"
    }

    Save-Utf8 (Join-Path $Server 'collection.txt') (($Log -join "`r`n") + "`r`n")
    if (Test-Path $OutFile) { Remove-Item -Force $OutFile }
    Compress-Archive -Path (Join-Path $Work '*') -DestinationPath $OutFile
    Write-Host "Wrote $OutFile: give it to Cutover (Window > Dependencies > Open zip, or cutover inventory --in)."
} finally {
    Remove-Item -Recurse -Force $Work -ErrorAction SilentlyContinue
}
