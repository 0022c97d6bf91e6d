import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { followStorage, useSettings } from '../../components/settings/useSettings';
import '../../components/ui.css';

void useSettings.getState().load();
followStorage();
render(<Options />, document.getElementById('app')!);
