import { get } from '../api/http';
import type { AssetDto, EnvironmentDto, FunctionDto } from '../api/types';
import { production, query, serviceApi } from '../api/urls';

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
  private readonly listeners = new Set<Listener>();

  constructor(readonly service: string) {}

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async refresh(): Promise<void> {
    const environment = query({ environment: this.environment });
    const [functions, assets, environments] = await Promise.all([
      get<FunctionDto[]>(serviceApi(this.service, `/functions${environment}`)),
      get<AssetDto[]>(serviceApi(this.service, `/assets${environment}`)),
      get<EnvironmentDto[]>(serviceApi(this.service, '/environments')).catch(() => this.environments),
    ]);
    this.functions = functions.sort((a, b) => a.path.localeCompare(b.path));
    this.assets = assets.sort((a, b) => a.path.localeCompare(b.path));
    this.environments = environments;
    this.changed();
  }

  async setEnvironment(environment: string): Promise<void> {
    this.environment = environment;
    await this.refresh();
  }

  functionAt(path: string): FunctionDto | undefined {
    return this.functions.find(f => f.path === path);
  }

  changed(): void {
    for (const listener of [...this.listeners]) {
      listener();
    }
  }
}
