// One user-assigned identity serves the Functions host, the app's own storage clients, App Insights
// ingestion and Flex deployments. It outlives any single site, so redeploying the site keeps its roles.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
