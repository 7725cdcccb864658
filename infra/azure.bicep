// The bot in Azure: Linux App Service (Node 20) running as a user-assigned managed identity, the Azure
// Bot registration with the Teams channel, the database (Azure Cosmos DB for MongoDB vCore, or an
// existing MongoDB whose connection string is given), Key Vault holding that connection string, and
// Application Insights. `atk provision --env dev` deploys it with azure.parameters.json; its outputs
// land in env/.env.dev.

@description('Prefix of every resource name; letters and digits, unique within Azure (web app and database host names).')
@minLength(4)
@maxLength(20)
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan size; Basic (B1) or higher, since the bot runs with Always On.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
])
param webAppSku string = 'B1'

@maxLength(42)
param botDisplayName string = 'CSP Escalation'

@description('cosmos: create an Azure Cosmos DB for MongoDB (vCore) cluster; existing: use existingMongoUri.')
@allowed([
  'cosmos'
  'existing'
])
param database string = 'cosmos'

@description('With database=existing: the mongodb:// or mongodb+srv:// connection string (MongoDB Atlas, another cluster).')
@secure()
param existingMongoUri string = ''

@description('With database=cosmos: the cluster administrator password (8-256 characters, three of: upper, lower, digit, symbol).')
@secure()
param mongoAdminPassword string = ''

param mongoAdminUser string = 'cspbot'

@description('Database name inside the cluster (MONGODB_DB).')
param mongoDbName string = 'cspbot'

@description('vCore cluster compute tier.')
@allowed([
  'Free'
  'M10'
  'M20'
  'M25'
  'M30'
  'M40'
])
param cosmosTier string = 'M10'

@minValue(32)
param cosmosDiskSizeGb int = 32

@description('When set, GET /metrics is served and needs `Authorization: Bearer <token>` (32+ characters). Empty: no /metrics; Application Insights has the same metrics.')
@secure()
param metricsToken string = ''

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
])
param logLevel string = 'info'

@allowed([
  'en'
  'pl'
])
param defaultLocale string = 'en'

@description('Comma-separated YYYY-MM-DD dates skipped by the one-business-day response target.')
param holidays string = ''

@description('Azure Bot pricing tier; the Teams channel is free on both.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var useCosmos = database == 'cosmos'
// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource cluster 'Microsoft.DocumentDB/mongoClusters@2024-07-01' = if (useCosmos) {
  name: '${resourceBaseName}-db'
  location: location
  properties: {
    administrator: {
      userName: mongoAdminUser
      password: mongoAdminPassword
    }
    serverVersion: '7.0'
    compute: {
      tier: cosmosTier
    }
    storage: {
      sizeGb: cosmosDiskSizeGb
    }
    sharding: {
      shardCount: 1
    }
    highAvailability: {
      targetMode: 'Disabled'
    }
    publicNetworkAccess: 'Enabled'
  }
}

// Only Azure services reach the cluster (0.0.0.0 is Azure's own address range, not the internet).
resource clusterFromAzure 'Microsoft.DocumentDB/mongoClusters/firewallRules@2024-07-01' = if (useCosmos) {
  parent: cluster
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// The cluster's connection string names <user> and <password>; the credentials are filled in here.
var cosmosUri = useCosmos ? replace(replace(cluster.properties.connectionString, '<user>', uriComponent(mongoAdminUser)), '<password>', uriComponent(mongoAdminPassword)) : ''

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  // checkov:skip=CKV_AZURE_109: App Service on a Basic plan has no VNet integration; it reads the secrets over the public endpoint with its identity (RBAC), no access policies
  // checkov:skip=CKV_AZURE_189: same reason: a private endpoint needs a VNet-integrated plan
  name: '${resourceBaseName}-kv'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource mongoUriSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  // checkov:skip=CKV_AZURE_41: a connection string does not expire by date; it changes when the database password does
  parent: vault
  name: 'mongodb-uri'
  properties: {
    value: useCosmos ? cosmosUri : existingMongoUri
    contentType: 'text/plain'
  }
}

resource metricsTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(metricsToken)) {
  // checkov:skip=CKV_AZURE_41: replaced by setting a new metricsToken and provisioning again, not by date
  // checkov:skip=CKV_AZURE_114: contentType is set below; the check does not read conditional resources
  parent: vault
  name: 'metrics-token'
  properties: {
    value: metricsToken
    contentType: 'text/plain'
  }
}

// The bot's identity reads the vault's secrets (Key Vault references in the app settings), nothing else.
resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  // checkov:skip=CKV_AZURE_225: one small instance is enough for a team's bot; zone redundancy needs Premium v3 and three instances
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true
  }
}

var secretReference = '@Microsoft.KeyVault(SecretUri=${mongoUriSecret.properties.secretUri})'
var metricsOff = [
  {
    name: 'METRICS_ENABLED'
    value: 'false'
  }
]
var metricsGuarded = [
  {
    name: 'METRICS_ENABLED'
    value: 'true'
  }
  {
    name: 'METRICS_TOKEN'
    value: '@Microsoft.KeyVault(SecretUri=${metricsTokenSecret.properties.secretUri})'
  }
]

resource app 'Microsoft.Web/sites@2023-12-01' = {
  // checkov:skip=CKV_AZURE_222: Teams (the Bot Framework service) must reach /api/messages from the internet; every request is authenticated by its JWT
  // checkov:skip=CKV_AZURE_17: the Bot Framework service sends no client certificate; it authenticates with a bearer token
  // checkov:skip=CKV_AZURE_212: one instance (see the plan); the health check restarts it when /readyz fails
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  dependsOn: [
    identityReadsSecrets
  ]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    // Key Vault references are resolved with the bot's own identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      healthCheckPath: '/readyz'
      appCommandLine: 'node --max-old-space-size=256 --max-semi-space-size=32 dist/src/index.js'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat([
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false'
        }
        {
          name: 'BOT_TYPE'
          value: 'UserAssignedMSI'
        }
        {
          name: 'BOT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'BOT_TENANT_ID'
          value: identity.properties.tenantId
        }
        {
          name: 'MONGODB_URI'
          value: secretReference
        }
        {
          name: 'MONGODB_DB'
          value: mongoDbName
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'LOG_LEVEL'
          value: logLevel
        }
        {
          name: 'DEFAULT_LOCALE'
          value: defaultLocale
        }
        {
          name: 'HOLIDAYS'
          value: holidays
        }
      ], empty(metricsToken) ? metricsOff : metricsGuarded)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Written to env/.env.dev by the Agents Toolkit: the Teams app package and the deploy step read them.
output AZURE_APP_SERVICE_RESOURCE_ID string = app.id
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = app.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${app.properties.defaultHostName}'
output KEY_VAULT_NAME string = vault.name
