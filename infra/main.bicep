// Deploys NewsFunctions with `azd up`: one resource group holding a Flex Consumption function app,
// its storage (queues and tables created here), monitoring and a user-assigned identity. Every
// connection is identity-based; the template holds and outputs no secret.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('azd environment name; names the resource group and seeds resource names.')
param environmentName string

@minLength(1)
@description('Azure region for every resource; must offer Flex Consumption.')
param location string

@description('Object id of the deploying user, granted storage data roles; empty grants nothing.')
param principalId string = ''

@allowed([
  'User'
  'ServicePrincipal'
])
@description('What principalId is: a person running azd, or a pipeline signed in as a service principal.')
param principalType string = 'User'

@description('Origins of the news sites allowed to call the API from the browser, comma-separated, e.g. https://news.example,https://www.news.example')
param corsAllowedOrigins string = ''

@description('Client id of an Entra ID app registration for moderator sign-in; empty leaves App Service Authentication off.')
param entraClientId string = ''

@description('Puts storage behind private endpoints in a new VNet and turns its public access off.')
param enablePrivateNetworking bool = false

@secure()
@metadata({
  azd: {
    type: 'generate'
    config: {
      length: 48
      noSpecial: true
    }
  }
})
@description('Site secret for the keyed hashes, stored in Key Vault. azd generates it once and keeps it in the environment; changing it is a rotation (docs/DEPLOY.md).')
param hashSecret string

// Not mapped from an environment variable: set in the azd environment's config like hashSecret,
// only while a rotation's longest window lasts, and cleared after (docs/DEPLOY.md).
@secure()
@description('The hash secret before a rotation, kept beside the new one until rows written with it no longer matter; empty otherwise.')
param previousHashSecret string = ''

@minValue(1)
@maxValue(1000)
@description('Upper bound on Flex Consumption instances, which bounds the bill under a flood.')
param maximumInstanceCount int = 40

// Queue names are part of the HTTP contract (API.md); the table names are the app's and may change
// with it. Both must equal the app's StorageNames.cs; StorageTemplateTests checks that they do.
var queueNames = [
  'comments'
  'comments-poison'
]
var tableNames = [
  'articles'
  'articleindex'
  'comments'
  'commentindex'
  'settings'
  'bans'
]
var deploymentContainerName = 'app-package'

// The app's own blob containers (StorageNames.cs): the retrained spam model.
var containerNames = [
  'models'
]

var tags = {
  'azd-env-name': environmentName
}
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var origins = map(filter(split(corsAllowedOrigins, ','), origin => !empty(trim(origin))), origin => trim(origin))

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: resourceGroup
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: resourceGroup
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    queueNames: queueNames
    tableNames: tableNames
    containerNames: containerNames
    deploymentContainerName: deploymentContainerName
    privateNetworking: enablePrivateNetworking
  }
}

module roles 'modules/roles.bicep' = {
  scope: resourceGroup
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    appPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module keyVault 'modules/keyvault.bicep' = {
  scope: resourceGroup
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    hashSecret: hashSecret
    previousHashSecret: previousHashSecret
  }
}

module network 'modules/network.bicep' = if (enablePrivateNetworking) {
  scope: resourceGroup
  params: {
    name: 'vnet-${resourceToken}'
    location: location
    tags: tags
    storageAccountId: storage.outputs.id
  }
}

module functionApp 'modules/functionapp.bicep' = {
  scope: resourceGroup
  // The host starts as soon as the site exists; without its roles it would fail to reach storage.
  dependsOn: [
    roles
  ]
  params: {
    planName: 'plan-${resourceToken}'
    appName: 'func-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    corsAllowedOrigins: origins
    subnetId: enablePrivateNetworking ? network!.outputs.appSubnetId : ''
    entraClientId: entraClientId
    hashKeyUri: keyVault.outputs.hashKeyUri
    previousHashKeyUri: empty(previousHashSecret) ? '' : keyVault.outputs.previousHashKeyUri
    maximumInstanceCount: maximumInstanceCount
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_VAULT_NAME string = keyVault.outputs.name
