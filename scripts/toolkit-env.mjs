#!/usr/bin/env node
// First step of `atk provision` (m365agents.yml). Makes the values an Azure environment needs once and
// hands them to the Agents Toolkit, which keeps them in env/.env.<env> (SECRET_* in the git-ignored
// env/.env.<env>.user): a provision run again finds them there and changes nothing.
//
//   RESOURCE_SUFFIX                 6 random hex digits: part of every resource name (names are global)
//   DATABASE                        cosmos (default) or existing
//   SECRET_MONGODB_ADMIN_PASSWORD   for a new cosmos cluster: random, 24 characters
//   SECRET_MONGODB_URI              for DATABASE=existing: must be set by you; else empty
//   SECRET_METRICS_TOKEN            set it (32+ characters) to serve GET /metrics in Azure; else empty
import { randomBytes } from 'node:crypto';

const env = process.env;
const set = (name, value) => process.stdout.write(`::set-teamsfx-env ${name}=${value}\n`);
const fail = (message) => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const database = env.DATABASE || 'cosmos';
if (database !== 'cosmos' && database !== 'existing') {
  fail(`DATABASE=${database} in env/.env.${env.TEAMSFX_ENV ?? '<env>'}: use cosmos or existing`);
}
if (database === 'existing' && !/^mongodb(\+srv)?:\/\//.test(env.SECRET_MONGODB_URI ?? '')) {
  fail(
    `DATABASE=existing needs SECRET_MONGODB_URI=mongodb+srv://... in env/.env.${env.TEAMSFX_ENV ?? '<env>'}.user`,
  );
}
if (env.SECRET_METRICS_TOKEN && env.SECRET_METRICS_TOKEN.length < 32) {
  fail('SECRET_METRICS_TOKEN must have at least 32 characters (e.g. openssl rand -hex 32), or be empty');
}

if (!env.RESOURCE_SUFFIX) set('RESOURCE_SUFFIX', randomBytes(3).toString('hex'));
if (!env.DATABASE) set('DATABASE', database);
if (!env.SECRET_MONGODB_ADMIN_PASSWORD) {
  // Upper case, lower case and a digit guaranteed (the cluster wants three kinds); no # or quotes for env files.
  set('SECRET_MONGODB_ADMIN_PASSWORD', `Aa1${randomBytes(16).toString('base64url')}`.slice(0, 24));
}
// Referenced by infra/azure.parameters.json: defined (even empty) so the placeholders resolve.
for (const name of ['SECRET_MONGODB_URI', 'SECRET_METRICS_TOKEN']) {
  if (env[name] === undefined) set(name, '');
}
