// The site secret behind the app's keyed hashes (avatars, address hashes, duplicate keys, bans).
// It lives here rather than in the storage account beside the data it protects: whoever can read
// the tables cannot also reverse the hashes. The app reads it through a Key Vault reference with its
// own identity, which may read this secret (and during a rotation the previous one) and nothing else.
param name string
param location string
param tags object
param appPrincipalId string

@secure()
param hashSecret string

// Set only during a rotation: the secret the rows written before it were hashed with.
@secure()
param previousHashSecret string = ''

var rotating = !empty(previousHashSecret)

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Access by Azure roles only: no access policies to drift from the role assignments.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A deleted vault or secret cannot be purged before its retention ends: losing the secret
    // would make every duplicate, flood and ban row unmatchable.
    enablePurgeProtection: true
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'comments-hash-secret'
  properties: {
    value: hashSecret
    contentType: 'text/plain'
  }
}

resource appReadsSecret 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: secret
  name: guid(secret.id, appPrincipalId, keyVaultSecretsUser)
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

resource previousSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (rotating) {
  parent: vault
  name: 'comments-previous-hash-secret'
  properties: {
    value: previousHashSecret
    contentType: 'text/plain'
  }
}

resource appReadsPreviousSecret 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (rotating) {
  scope: previousSecret
  name: guid(resourceId('Microsoft.KeyVault/vaults/secrets', name, 'comments-previous-hash-secret'), appPrincipalId, keyVaultSecretsUser)
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

output name string = vault.name

// The secret's address without a version, so a rotated value is picked up; never its value.
output hashKeyUri string = secret.properties.secretUri

// Empty when no rotation is under way, and the app then gets no previous-secret setting.
output previousHashKeyUri string = rotating ? previousSecret!.properties.secretUri : ''
