// The management API's shapes the console reads, as the server's DTOs define them (src/ScriptHost/**/*Dto*.cs;
// /openapi/v1.json of a running server lists them all).

export type FunctionVisibility = 'public' | 'protected' | 'private';
export type AssetVisibility = 'public' | 'protected' | 'private';
export type LogLevel = 'info' | 'warn' | 'error';
export type InvocationStatus = 'succeeded' | 'failed' | 'timedOut' | 'limitExceeded' | 'rejected';

export interface Caller { admin: boolean; service: string | null; rotatedOut: boolean }
export interface ServiceSummary { name: string; functions: number }
export interface CreatedService { name: string; apiKey: string }

export interface FunctionDto {
  path: string; activeVersion: number; visibility: FunctionVisibility; timeoutMs: number | null; memoryMb: number | null;
  sha256: string; url: string;
}
export interface LiveVersion { environment: string; version: number; buildId: number | null }
export interface VersionSummary { version: number; sha256: string; createdAt: string }
export interface FunctionDetails {
  function: FunctionDto | null; source: string | null; latestVersion: number; live: LiveVersion[]; versions: VersionSummary[];
}
export interface FunctionVersion { path: string; version: number; sha256: string; source: string; createdAt: string }
export interface Diagnostic {
  id: string; severity: 'warning' | 'error'; message: string; line: number; column: number; endLine: number; endColumn: number;
  file?: string | null;
}
export interface DeployResponse { path: string; version: number; sha256: string; url: string; warnings: Diagnostic[]; buildId: number; deploymentId: number }

export interface AssetDto { path: string; visibility: AssetVisibility; contentType: string; sha256: string; length: number }

export interface EnvironmentDto { name: string; urls: { path: string; host: string | null }; liveBuildId: number | null; liveDeploymentId: number | null; createdAt: string }
export interface DeploymentDto { id: number; environment: string; buildId: number; fromEnvironment: string | null; createdAt: string }
export interface BuildSummary {
  id: number; status: 'queued' | 'building' | 'completed' | 'failed'; origin: string; createdAt: string; finishedAt: string | null;
  baseBuildId: number | null; functionCount: number; assetCount: number; libFileCount: number; diagnosticCount: number; reason: string | null;
}

export interface VariableDto { name: string; value: string | null; secret: boolean; updatedAt: string }
export interface SettingsDto {
  egressAllowedHosts: string[] | null; corsAllowedOrigins: string[] | null; keyValueMaxEntries: number | null;
  keyValueMaxBytes: number | null; runInProcess: boolean | null;
}

export interface LogEntry { timestamp: string; level: LogLevel; function: string; version: number; invocationId: string; message: string; environment: string }
export interface InvocationError { type: string; message: string | null; line: number | null; column: number | null; file: string | null }
export interface InvocationRecord {
  timestamp: string; function: string; version: number; invocationId: string; status: InvocationStatus; httpStatus: number;
  durationMs: number; error: InvocationError | null; environment: string;
}

export interface UsageDto {
  month: string; invocations: number; freeInvocations: number; billableInvocations: number; chargeUsd: number;
  functions: { path: string; invocations: number; environment: string }[];
}

export interface TemplateDto {
  name: string; title: string; description: string; pointAtIt: string; visibility: FunctionVisibility; variables: string[]; source: string;
}

export interface KeyValueList { keys: string[]; more: boolean; usage: { entries: number; totalBytes: number } }
export interface KeyValueEntry { key: string; value: string }

export interface TwilioSignature { url: string; path: string; signature: string }

export type EditorIncomplete = 'tooLarge' | 'tooDeep' | 'timedOut';
export interface TextRange { startLine: number; startColumn: number; endLine: number; endColumn: number }
export interface CompletionEntry {
  label: string; kind: string; detail: string | null; documentation: string | null; insertText: string; filterText: string; sortText: string;
}
export interface CompletionAnswer { items: CompletionEntry[]; range: TextRange | null; incomplete: EditorIncomplete | null }
export interface QuickInfoAnswer { markdown: string | null; range: TextRange | null; incomplete: EditorIncomplete | null }
export interface SignatureHelpAnswer {
  signatures: { label: string; documentation: string | null; parameters: { label: string; start: number; end: number; documentation: string | null }[] }[];
  activeSignature: number; activeParameter: number; incomplete: EditorIncomplete | null;
}
export interface EditorDiagnostics { diagnostics: Diagnostic[] }
