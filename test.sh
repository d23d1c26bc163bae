#!/usr/bin/env bash
# The whole test suite, as CI runs it: every test project with functions in worker processes (the default
# isolation), then the host's tests again with functions in-process, so every function-level test runs in both
# modes. Tests install what they need themselves (bubblewrap, chromium for tests/WebConsole.Tests, the npm packages of
# the Twilio oracles).
set -euo pipefail
cd "$(dirname "$0")"
dotnet build ScriptHost.sln
# The console's own unit tests (TypeScript, node --test); the build above installed its npm packages.
node src/WebConsole/test/run.mjs
dotnet test ScriptHost.sln --no-build
# The worker tier's own tests (tests/ScriptHost.Tests/Workers) pin Process mode; the rest follow this setting.
ScriptHost__Isolation=InProcess dotnet test tests/ScriptHost.Tests --no-build --filter "FullyQualifiedName!~ScriptHost.Tests.Workers"
