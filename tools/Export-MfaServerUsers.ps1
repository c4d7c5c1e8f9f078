<#
.SYNOPSIS
    Writes the users of an on-premises Azure MFA Server as a Cutover "MFA Server user export", format v1 (CSV).

.DESCRIPTION
    MFA Server has no documented bulk export. This script assembles one from two sources:

      1. MFA Server data per user (phones, default method, mobile app devices, OATH token serial, language,
         enabled, last change), read either
           - from the MFA Server Web Service SDK (SOAP, PfWsSdk.asmx) with -SdkUrl, or
           - from a CSV you collected yourself with -MfaUsersCsv (columns described under that parameter);
      2. Active Directory, through Get-ADUser, for the identity columns (UPN, SID, sAMAccountName, objectGUID,
         distinguished name, display name, mail, employeeID).

    The format is described in docs/formats/mfaserver-export-v1.md, which also says what was and was not verified.

    UNVERIFIED ASSUMPTIONS - check them on the customer's MFA Server before relying on the output:
      - the names and parameters of the SDK operations that list users and return one user's settings
        (use -ListSdkOperations, then pass -FindUsersOperation / -GetUserOperation and, if needed, arguments);
      - the names of the fields in the SDK's results; $SdkFieldMap below lists the names tried, in order;
      - that times the SDK returns without a time zone are the MFA Server host's local time.

    SECRETS: the script never writes OATH secret keys, PINs or passwords. Every SDK result field whose name
    contains "secret", "seed", "key", "pin" or "password" is dropped as soon as it is read; for mobile app devices
    only WHETHER a secret exists is kept (oath_secret_known).

    Not run against a live MFA Server by the Cutover team: adapt and test it on a copy of the customer's setup.

.PARAMETER SdkUrl
    Base URL of the Web Service SDK, e.g. https://mfa.contoso.com/MultiFactorAuthWebServiceSdk
    Requires Windows PowerShell 5.1 (New-WebServiceProxy) and an account in the "PhoneFactor Admins" group.

.PARAMETER ListSdkOperations
    Only lists the operations the SDK offers, with their parameters, and stops.

.PARAMETER FindUsersOperation
    SDK operation that returns all users (user objects or user names).

.PARAMETER FindUsersArguments
    Arguments for FindUsersOperation, in order (for example a search pattern).

.PARAMETER GetUserOperation
    SDK operation that returns the settings of one user; it gets the user name as first argument.

.PARAMETER GetUserArguments
    Further arguments for GetUserOperation, after the user name.

.PARAMETER MfaUsersCsv
    A CSV you collected from MFA Server, one user per row, with the columns
      Username, CountryCode, Phone, Extension, BackupCountryCode, BackupPhone, BackupExtension,
      DefaultMethod, Enabled, Language, OathTokenSerial, LastChanged, Devices
    Phone may contain punctuation and an extension after "x". DefaultMethod may be MFA Server's label
    ("Text message (OTP + PIN)") or a Cutover code. Devices uses the format's device cell:
      name;device_token;activated_at;true|name;device_token;activated_at;false

.PARAMETER OutFile
    The export file to write (UTF-8 without byte order mark, CRLF line ends).

.PARAMETER SearchBase
    Optional AD search base for Get-ADUser, e.g. "OU=Users,DC=contoso,DC=com".

.PARAMETER SkipActiveDirectory
    Writes the export without AD data; the user name must then be the UPN.

.EXAMPLE
    .\Export-MfaServerUsers.ps1 -SdkUrl https://mfa.contoso.com/MultiFactorAuthWebServiceSdk -ListSdkOperations

.EXAMPLE
    .\Export-MfaServerUsers.ps1 -MfaUsersCsv .\mfa-raw.csv -OutFile .\mfaserver-users.csv
#>
[CmdletBinding(DefaultParameterSetName = 'Csv')]
param(
    [Parameter(Mandatory, ParameterSetName = 'Sdk')]
    [Parameter(Mandatory, ParameterSetName = 'ListSdk')]
    [string] $SdkUrl,

    [Parameter(ParameterSetName = 'Sdk')]
    [Parameter(ParameterSetName = 'ListSdk')]
    [pscredential] $Credential,

    [Parameter(Mandatory, ParameterSetName = 'ListSdk')]
    [switch] $ListSdkOperations,

    [Parameter(Mandatory, ParameterSetName = 'Sdk')]
    [string] $FindUsersOperation,

    [Parameter(ParameterSetName = 'Sdk')]
    [object[]] $FindUsersArguments = @(),

    [Parameter(Mandatory, ParameterSetName = 'Sdk')]
    [string] $GetUserOperation,

    [Parameter(ParameterSetName = 'Sdk')]
    [object[]] $GetUserArguments = @(),

    [Parameter(Mandatory, ParameterSetName = 'Csv')]
    [string] $MfaUsersCsv,

    [Parameter(Mandatory, ParameterSetName = 'Sdk')]
    [Parameter(Mandatory, ParameterSetName = 'Csv')]
    [string] $OutFile,

    [string] $SearchBase,

    [switch] $SkipActiveDirectory
)

Set-StrictMode -Version 3
$ErrorActionPreference = 'Stop'
$Invariant = [System.Globalization.CultureInfo]::InvariantCulture

# Field names tried in SDK results, in order. UNVERIFIED: adapt to what -ListSdkOperations and a test call show.
$SdkFieldMap = @{
    Username          = @('Username', 'UserName', 'Name')
    CountryCode       = @('CountryCode', 'PhoneCountryCode')
    Phone             = @('Phone', 'PhoneNumber')
    Extension         = @('Extension', 'PhoneExtension')
    BackupCountryCode = @('BackupCountryCode')
    BackupPhone       = @('BackupPhone', 'BackupPhoneNumber')
    BackupExtension   = @('BackupExtension')
    DefaultMethod     = @('DefaultMethod', 'Mode', 'PhoneMode', 'AuthenticationMethod')
    Enabled           = @('Enabled', 'IsEnabled')
    Language          = @('Language', 'PhoneLanguage')
    OathTokenSerial   = @('OathTokenSerialNumber', 'OathSerialNumber', 'OathTokenSerial')
    LastChanged       = @('LastModified', 'DateModified', 'LastChanged')
    Devices           = @('Devices', 'MobileAppDevices', 'PhoneAppDevices')
    DeviceName        = @('DeviceName', 'Name')
    DeviceToken       = @('DeviceToken', 'Token')
    DeviceActivatedAt = @('ActivationDate', 'DateActivated', 'Activated')
}
# Names of device fields that hold the OATH secret; only their presence is used.
$DeviceSecretFields = @('OathSecretKey', 'SecretKey', 'OathTokenSecretKey')
$SecretNamePattern = 'secret|seed|key|pin|password'

$Columns = 'upn', 'display_name', 'sam_account_name', 'security_identifier', 'object_guid', 'distinguished_name',
    'mail', 'employee_id', 'enabled', 'default_method', 'phone_country_code', 'phone_number', 'phone_extension',
    'backup_phone_country_code', 'backup_phone_number', 'backup_phone_extension', 'mobile_app_devices',
    'oath_token_serial', 'language', 'last_changed'

function Get-FieldValue($Object, [string[]] $Names) {
    foreach ($name in $Names) {
        $property = $Object.PSObject.Properties[$name]
        if ($property -and $null -ne $property.Value -and "$($property.Value)" -ne '') {
            return $property.Value
        }
    }
    return $null
}

# Copies an SDK result without any field that looks like a secret, so no secret outlives this call.
function Remove-SecretFields($Object) {
    $copy = [ordered]@{}
    foreach ($property in $Object.PSObject.Properties) {
        if ($property.Name -notmatch $SecretNamePattern) {
            $copy[$property.Name] = $property.Value
        }
    }
    return [pscustomobject]$copy
}

function ConvertTo-MethodCode([string] $Value) {
    $key = ($Value -replace '[^A-Za-z0-9]', '').ToLowerInvariant()
    switch ($key) {
        { $_ -in 'phonecallstandard', 'phonecall', 'standard', 'voice' } { return 'phone-call-standard' }
        { $_ -in 'phonecallpin', 'pin', 'voicepin' } { return 'phone-call-pin' }
        { $_ -in 'textmessageotp', 'textmessage', 'sms', 'smsotp', 'otp' } { return 'text-message-otp' }
        { $_ -in 'textmessageotppin', 'smsotppin', 'smspin' } { return 'text-message-otp-pin' }
        { $_ -in 'mobileappstandard', 'mobileapp', 'phoneapp', 'phoneappstandard', 'app' } { return 'mobile-app-standard' }
        { $_ -in 'mobileapppin', 'phoneapppin', 'apppin' } { return 'mobile-app-pin' }
        { $_ -in 'oathtoken', 'oath', 'token' } { return 'oath-token' }
    }
    # Unknown wording is kept: Cutover rejects the line and names the value, which is better than guessing.
    Write-Warning "Unknown default method '$Value'; kept as is."
    return $Value
}

# Returns @(countryCode, number, extension) as digits only, or three $nulls when there is no phone.
function ConvertTo-PhoneParts($CountryCode, $Phone, $Extension) {
    if ([string]::IsNullOrWhiteSpace("$Phone")) { return @($null, $null, $null) }
    $text = "$Phone"
    if ([string]::IsNullOrWhiteSpace("$Extension") -and $text -match '^(.*?)\s*(?:x|ext\.?)\s*(\d+)\s*$') {
        $text = $Matches[1]
        $Extension = $Matches[2]
    }
    $number = $text -replace '[^0-9]', ''
    $cc = "$CountryCode" -replace '[^0-9]', ''
    $ext = "$Extension" -replace '[^0-9]', ''
    return @($(if ($cc) { $cc } else { $null }), $number, $(if ($ext) { $ext } else { $null }))
}

function ConvertTo-IsoUtc($Value) {
    if ($null -eq $Value -or "$Value" -eq '') { return $null }
    if ($Value -is [datetime]) {
        $time = $Value
    } else {
        $time = [datetime]::Parse("$Value", $Invariant, [System.Globalization.DateTimeStyles]::AssumeLocal)
    }
    # A time without zone is taken as the MFA Server host's local time (an assumption; see the help).
    return $time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $Invariant)
}

function ConvertTo-Boolean($Value, [bool] $Default) {
    if ($null -eq $Value -or "$Value" -eq '') { return $Default }
    if ($Value -is [bool]) { return $Value }
    return "$Value".Trim().ToLowerInvariant() -in 'true', '1', 'yes', 'enabled', 'y'
}

# %-escapes the characters the device cell uses as separators, and control characters.
function ConvertTo-CellPart([string] $Text) {
    $builder = New-Object System.Text.StringBuilder
    foreach ($c in $Text.ToCharArray()) {
        if ($c -eq '%' -or $c -eq ';' -or $c -eq '|' -or [int]$c -lt 0x20 -or [int]$c -eq 0x7F) {
            [void]$builder.Append('%').Append(([int]$c).ToString('X2', $Invariant))
        } else {
            [void]$builder.Append($c)
        }
    }
    return $builder.ToString()
}

function ConvertTo-DeviceCell($Devices) {
    $cells = foreach ($device in @($Devices)) {
        if ($null -eq $device) { continue }
        $name = Get-FieldValue $device $SdkFieldMap.DeviceName
        $token = Get-FieldValue $device $SdkFieldMap.DeviceToken
        $activated = ConvertTo-IsoUtc (Get-FieldValue $device $SdkFieldMap.DeviceActivatedAt)
        # Get-MfaServerRecords replaced the secret by this flag; a device never carries the secret this far.
        $secretKnown = ConvertTo-Boolean (Get-FieldValue $device @('OathSecretKnown')) $false
        if (-not $activated) {
            Write-Warning "Device '$name' has no activation time; the line will be rejected until one is filled in."
        }
        '{0};{1};{2};{3}' -f (ConvertTo-CellPart "$name"), (ConvertTo-CellPart "$token"), $activated,
            $secretKnown.ToString().ToLowerInvariant()
    }
    return ($cells -join '|')
}

function ConvertTo-CsvField($Value) {
    if ($null -eq $Value) { return '' }
    $text = "$Value"
    if ($text.IndexOfAny([char[]]',"') -ge 0) {
        return '"' + $text.Replace('"', '""') + '"'
    }
    return $text
}

function Get-SdkProxy {
    $uri = $SdkUrl.TrimEnd('/') + '/PfWsSdk.asmx?WSDL'
    if ($Credential) {
        return New-WebServiceProxy -Uri $uri -Credential $Credential
    }
    return New-WebServiceProxy -Uri $uri -UseDefaultCredential
}

function Invoke-SdkOperation($Proxy, [string] $Name, [object[]] $Arguments) {
    $method = $Proxy.GetType().GetMethod($Name)
    if (-not $method) { throw "The SDK has no operation '$Name'. Run with -ListSdkOperations." }
    return $method.Invoke($Proxy, $Arguments)
}

# MFA Server records as objects with the properties of -MfaUsersCsv; secrets never leave Remove-SecretFields.
function Get-MfaServerRecords {
    if ($Source -eq 'Csv') {
        foreach ($row in Import-Csv -LiteralPath $MfaUsersCsv -Encoding UTF8) { $row }
        return
    }
    $proxy = Get-SdkProxy
    $found = @(Invoke-SdkOperation $proxy $FindUsersOperation $FindUsersArguments)
    $index = 0
    foreach ($entry in $found) {
        $index++
        if ($index % 200 -eq 0) {
            Write-Progress -Activity 'Reading MFA Server users' -Status "$index of $($found.Count)" `
                -PercentComplete (100 * $index / [math]::Max(1, $found.Count))
        }
        $username = if ($entry -is [string]) { $entry } else { Get-FieldValue $entry $SdkFieldMap.Username }
        $settings = Remove-SecretFields (Invoke-SdkOperation $proxy $GetUserOperation (@($username) + $GetUserArguments))
        $devices = foreach ($device in @(Get-FieldValue $settings $SdkFieldMap.Devices)) {
            if ($null -eq $device) { continue }
            $withFlag = Remove-SecretFields $device
            $hasSecret = $null -ne (Get-FieldValue $device $DeviceSecretFields)
            $withFlag | Add-Member -NotePropertyName 'OathSecretKnown' -NotePropertyValue $hasSecret -PassThru
        }
        [pscustomobject]@{
            Username          = $username
            CountryCode       = Get-FieldValue $settings $SdkFieldMap.CountryCode
            Phone             = Get-FieldValue $settings $SdkFieldMap.Phone
            Extension         = Get-FieldValue $settings $SdkFieldMap.Extension
            BackupCountryCode = Get-FieldValue $settings $SdkFieldMap.BackupCountryCode
            BackupPhone       = Get-FieldValue $settings $SdkFieldMap.BackupPhone
            BackupExtension   = Get-FieldValue $settings $SdkFieldMap.BackupExtension
            DefaultMethod     = Get-FieldValue $settings $SdkFieldMap.DefaultMethod
            Enabled           = Get-FieldValue $settings $SdkFieldMap.Enabled
            Language          = Get-FieldValue $settings $SdkFieldMap.Language
            OathTokenSerial   = Get-FieldValue $settings $SdkFieldMap.OathTokenSerial
            LastChanged       = Get-FieldValue $settings $SdkFieldMap.LastChanged
            Devices           = @($devices)
        }
    }
    Write-Progress -Activity 'Reading MFA Server users' -Completed
}

function Get-DirectoryIndex {
    $index = @{}
    if ($SkipActiveDirectory) { return $index }
    Import-Module ActiveDirectory
    $query = @{ Filter = '*'; Properties = 'DisplayName', 'mail', 'employeeID' }
    if ($SearchBase) { $query.SearchBase = $SearchBase }
    foreach ($user in Get-ADUser @query) {
        if ($user.UserPrincipalName) { $index['upn:' + $user.UserPrincipalName.ToLowerInvariant()] = $user }
        $index['sam:' + $user.SamAccountName.ToLowerInvariant()] = $user
    }
    return $index
}

# MFA Server user names are usually UPNs, but may be DOMAIN\sAMAccountName or a bare sAMAccountName.
function Find-DirectoryUser($Index, [string] $Username) {
    $name = $Username.Trim().ToLowerInvariant()
    if ($name.Contains('@') -and $Index.ContainsKey('upn:' + $name)) { return $Index['upn:' + $name] }
    $sam = $name.Substring($name.LastIndexOf('\') + 1)
    if ($Index.ContainsKey('sam:' + $sam)) { return $Index['sam:' + $sam] }
    return $null
}

if ($ListSdkOperations) {
    $proxy = Get-SdkProxy
    $proxy.GetType().GetMethods() | Where-Object { $_.DeclaringType -eq $proxy.GetType() -and -not $_.IsSpecialName } |
        Where-Object { $_.Name -notmatch 'Async$|^Begin|^End' } |
        ForEach-Object { '{0}({1})' -f $_.Name, (($_.GetParameters() | ForEach-Object { "$($_.ParameterType.Name) $($_.Name)" }) -join ', ') } |
        Sort-Object
    return
}

$Source = $PSCmdlet.ParameterSetName
$directory = Get-DirectoryIndex
$writer = New-Object System.IO.StreamWriter($OutFile, $false, (New-Object System.Text.UTF8Encoding($false)))
$writer.NewLine = "`r`n"
$written = 0
$unmatched = 0
try {
    $writer.WriteLine('#cutover-mfaserver-export;generator=Export-MfaServerUsers.ps1;version=1')
    $writer.WriteLine($Columns -join ',')
    foreach ($record in Get-MfaServerRecords) {
        $ad = Find-DirectoryUser $directory "$($record.Username)"
        if (-not $ad -and -not $SkipActiveDirectory) {
            $unmatched++
            Write-Warning "No AD user found for MFA Server user '$($record.Username)'; identity columns left empty."
        }
        $phone = ConvertTo-PhoneParts $record.CountryCode $record.Phone $record.Extension
        $backup = ConvertTo-PhoneParts $record.BackupCountryCode $record.BackupPhone $record.BackupExtension
        $devices = if ($record.Devices -is [string]) { $record.Devices } else { ConvertTo-DeviceCell $record.Devices }
        $row = @{
            upn                       = $(if ($ad -and $ad.UserPrincipalName) { $ad.UserPrincipalName } else { "$($record.Username)" })
            enabled                   = (ConvertTo-Boolean $record.Enabled $true).ToString().ToLowerInvariant()
            default_method            = ConvertTo-MethodCode "$($record.DefaultMethod)"
            phone_country_code        = $phone[0]
            phone_number              = $phone[1]
            phone_extension           = $phone[2]
            backup_phone_country_code = $backup[0]
            backup_phone_number       = $backup[1]
            backup_phone_extension    = $backup[2]
            mobile_app_devices        = $devices
            oath_token_serial         = $record.OathTokenSerial
            language                  = $(if ($record.Language) { "$($record.Language)".Replace('_', '-') } else { $null })
            last_changed              = ConvertTo-IsoUtc $record.LastChanged
        }
        if ($ad) {
            $row.display_name = $ad.DisplayName
            $row.sam_account_name = $ad.SamAccountName
            $row.security_identifier = $ad.SID.Value
            $row.object_guid = $ad.ObjectGUID.ToString()
            $row.distinguished_name = $ad.DistinguishedName
            $row.mail = $ad.mail
            $row.employee_id = $ad.employeeID
        }
        $fields = foreach ($column in $Columns) { ConvertTo-CsvField $row[$column] }
        $writer.WriteLine($fields -join ',')
        $written++
    }
} finally {
    $writer.Dispose()
}
Write-Host "Wrote $written users to $OutFile ($unmatched without a matching AD user)."
Write-Host "Check it with: cutover import --validate `"$OutFile`""
