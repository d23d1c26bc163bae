import { get } from '../api/http';
import type { AssetDto, EnvironmentDto, FunctionDto } from '../api/types';
import { production, query, serviceApi } from '../api/urls';

/** What the server offers beyond the routes every version has, read once from its OpenAPI document. */
export interface Capabilities {
  /** `PUT .../environments/{env}/functions/{path}` (and its activate): saves to environments other than production. */
  environmentSaves: boolean;
}

let capabilities: Promise<Capabilities> | undefined;

export function serverCapabilities(): Promise<Capabilities> {
  capabilities ??= fetch('/openapi/v1.json', { cache: 'no-store' })
    .then(r => (r.ok ? r.json() : { paths: {} }))
    .then((document: { paths?: Record<string, unknown> }) => ({
      environmentSaves: Object.keys(document.paths ?? {}).some(p => p.includes('/environments/{environment}/functions/')),
    }))
    .catch(() => ({ environmentSaves: false }));
  return capabilities;
}

type Listener = () => void;

/**
 * One service as the console sees it: which environment is chosen, the functions and assets that environment serves
 * and the environments there are, with listeners told when any of it changes.
 */
export class ServiceContext {
  environment = production;
  functions: FunctionDto[] = [];
  assets: AssetDto[] = [];
  environments: EnvironmentDto[] = [];
  capabilities: Capabilities = { environmentSaves: false };
  private readonly listeners = new Set<Listener>();

  constructor(readonly service: string) {}

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async refresh(): Promise<void> {
    const environment = query({ environment: this.environment });
    const [functions, assets, environments, capabilities] = await Promise.all([
      get<FunctionDto[]>(serviceApi(this.service, `/functions${environment}`)),
      get<AssetDto[]>(serviceApi(this.service, `/assets${environment}`)),
      get<EnvironmentDto[]>(serviceApi(this.service, '/environments')).catch(() => this.environments),
      serverCapabilities(),
    ]);
    this.functions = functions.sort((a, b) => a.path.localeCompare(b.path));
    this.assets = assets.sort((a, b) => a.path.localeCompare(b.path));
    this.environments = environments;
    this.capabilities = capabilities;
    this.changed();
  }

  async setEnvironment(environment: string): Promise<void> {
    this.environment = environment;
    await this.refresh();
  }

  functionAt(path: string): FunctionDto | undefined {
    return this.functions.find(f => f.path === path);
  }

  /** Whether saves go to the chosen environment (production always; others when the server has the routes). */
  get canSaveHere(): boolean {
    return this.environment === production || this.capabilities.environmentSaves;
  }

  changed(): void {
    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}
