import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionOverride } from '../../domain/document-setting';
import type { PolicySection } from '../../export/policy/types';
import { PolicyBlockView } from './PolicyPreview';
import { errorMessage } from '../../domain/values';
import { onChoice, TitledDialog } from '../../components';

type Mode = SectionOverride['mode'];
const MODES: readonly Mode[] = ['append', 'replace'];

export interface SectionOverrideDialogProps {
  section: PolicySection;
  onClose(): void;
  /** Rejects with a readable message when the text cannot be stored; the dialog stays open then. */
  onSave(mode: Mode, text: string): Promise<void>;
  /** Back to the generated text (asks for confirmation first, in the caller). */
  onRemove(): void;
}

/**
 * "Edit text" of a policy section: add a paragraph after the generated text or replace it. The
 * generated text stays visible so the DPO sees which facts their wording must keep.
 */
export const SectionOverrideDialog = ({ section, onClose, onSave, onRemove }: SectionOverrideDialogProps) => {
  const { t } = useTranslation('documents');
  const [mode, setMode] = useState<Mode>(section.override?.mode ?? 'append');
  const [text, setText] = useState(section.override?.text ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (text.trim() === '') {
      setError(t('override.emptyText'));
      return;
    }
    setSaving(true);
    try {
      await onSave(mode, text);
    } catch (err) {
      setError(t('override.notSaved', { reason: errorMessage(err) }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <TitledDialog
      open
      onClose={onClose}
      maxWidth="md"
      title={t('override.title', { section: section.heading })}
      actions={
        <>
          {section.override && (
            <Button color="error" onClick={onRemove} sx={{ mr: 'auto' }}>
              {t('preview.backToGenerated')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="contained" onClick={() => void save()} disabled={saving}>
            {t('override.save')}
          </Button>
        </>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('override.intro')}
      </Typography>
      <RadioGroup
        row
        aria-label={t('override.modeLabel')}
        value={mode}
        onChange={onChoice(MODES, setMode)}
        sx={{ mb: 1 }}
      >
        <FormControlLabel value="append" control={<Radio />} label={t('override.append')} />
        <FormControlLabel value="replace" control={<Radio />} label={t('override.replace')} />
      </RadioGroup>
      <TextField
        label={t('override.text')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setError(undefined);
        }}
        multiline
        minRows={6}
        fullWidth
        autoFocus
        error={error !== undefined}
        helperText={error ?? t('override.textHint')}
      />
      {mode === 'replace' && section.generatedBlocks.length > 0 && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('override.replaceWarning')}
        </Alert>
      )}
      {section.generatedBlocks.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle2" sx={{ mb: 1 }}>
            {t('override.generated')}
          </Typography>
          <Paper variant="outlined" sx={{ p: 2, maxHeight: 260, overflow: 'auto', bgcolor: 'action.hover' }}>
            {section.generatedBlocks.map((b, i) => (
              <PolicyBlockView key={i} block={b} />
            ))}
          </Paper>
        </Box>
      )}
    </TitledDialog>
  );
};
