import en from '../../../../assets/i18n/en/register.json';
import fr from '../../../../assets/i18n/fr/register.json';
import de from '../../../../assets/i18n/de/register.json';
import { createTranslator } from '../common/wording';

/** The "register" namespace: every word the Art. 30 registers print, in each document language. */
export const registerT = createTranslator('register', { en, fr, de });
