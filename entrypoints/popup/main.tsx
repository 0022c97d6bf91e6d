import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { followStorage, useSettings } from '../../components/settings/useSettings';
import '../../components/ui.css';

void useSettings.getState().load();
followStorage();
render(<Popup openOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
