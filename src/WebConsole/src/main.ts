// The console's entry point: Monaco's setup first (it stamps the CSP nonce on <style> elements before Monaco's
// modules add any), then the app.
import { followColorScheme } from './editor/monacoSetup';
import './styles/console.css';
import { startConsole } from './views/app';

followColorScheme();
startConsole(document.getElementById('app')!);
