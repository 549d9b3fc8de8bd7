param planName string
param appName string
param location string
param tags object
param identityId string
param identityClientId string
param applicationInsightsName string
param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param deploymentContainerName string
param corsAllowedOrigins string[]

@description('Subnet for VNet integration; empty keeps the app on public networking.')
param subnetId string

@description('Client id of an Entra ID app registration; empty leaves App Service Authentication off.')
param entraClientId string

@description('Key Vault address of the hash secret, read through a Key Vault reference.')
param hashKeyUri string

@description('Key Vault address of the previous hash secret during a rotation; empty otherwise.')
param previousHashKeyUri string = ''

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

// The keys the Functions host reads for identity-based storage, which StorageConnection in the app
// reads too. FUNCTIONS_EXTENSION_VERSION and FUNCTIONS_WORKER_RUNTIME are rejected on Flex
// Consumption: the runtime is set in functionAppConfig instead.
var appSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
  AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
  AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  Cors__AllowedOrigins: join(corsAllowedOrigins, ',')
  // Resolved by the platform with keyVaultReferenceIdentity; the app sees only the value.
  Comments__HashSecret: '@Microsoft.KeyVault(SecretUri=${hashKeyUri})'
  // Empty unless a rotation is under way; while it is, the app also looks rows up under the
  // previous secret's hashes.
  Comments__PreviousHashSecret: empty(previousHashKeyUri) ? '' : '@Microsoft.KeyVault(SecretUri=${previousHashKeyUri})'
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  // azd finds the resource to deploy the `api` service to by this tag.
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    virtualNetworkSubnetId: empty(subnetId) ? null : subnetId
    siteConfig: {
      minTlsVersion: '1.2'
      // The app answers CORS itself from Cors__AllowedOrigins; the platform list is kept identical
      // because on Azure the platform answers preflights before the app sees them.
      cors: {
        allowedOrigins: corsAllowedOrigins
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Settings as their own resource: the list holds values known only once the deployment runs, which a
// loop inside siteConfig cannot take, and this resource replaces the whole set so none lingers.
resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: appSettings
}

// Entra ID sign-in with anonymous requests still allowed. Readers' routes (articles, comments,
// widget, CORS preflights from news sites) must never meet a login, and excludedPaths match fixed
// paths, not route templates such as /api/articles/{slug}/comments, so listing every public route
// would break the site whenever a route is added. Moderation routes stay gated by the function key;
// a signed-in user's requests also carry X-MS-CLIENT-PRINCIPAL with their app roles (infra/app-roles.json),
// which the platform sets and strips from incoming requests: the app takes role and name from it.
// No client secret: sign-in then uses the ID-token flow, and no secret enters the template.
resource auth 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(entraClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            entraClientId
            'api://${entraClientId}'
          ]
        }
      }
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
