import { useTranslation } from 'react-i18next';
import { localiseValidationMessage } from './validation-messages';

/** A field's validation message in the interface language (usable inside render props). */
export const ValidationText = ({ message }: { message: string | undefined }) => {
  const { t } = useTranslation();
  return <>{localiseValidationMessage(message, t)}</>;
};
