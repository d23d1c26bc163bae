import { followColorScheme, monaco } from './editor/monacoSetup';
import './styles/console.css';

followColorScheme();
const app = document.getElementById('app')!;
const host = document.createElement('div');
host.style.height = '90vh';
app.append(host);
const editor = monaco.editor.create(host, { value: 'var x = 1;\nLog.Info("hi");\n', language: 'csharp', automaticLayout: true });
monaco.editor.setModelMarkers(editor.getModel()!, 'x', [{ startLineNumber: 1, startColumn: 5, endLineNumber: 1, endColumn: 6, message: 'test', severity: monaco.MarkerSeverity.Error }]);
