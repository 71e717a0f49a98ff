// The administrator's page for the letter templates: Markdown with named fields, one form per template.
import { ErrorSummary, Notice, TemplateFieldList, TextField, type FieldErrors } from '../components.tsx';
import { letterFields, requiredFields, templateKeys, templateLabels, type TemplateKey } from '../../src/domain/letter.ts';

export function LetterTemplatesPage(p: { templates: Record<TemplateKey, string>; errors?: FieldErrors; errorKey?: TemplateKey; notice?: string }) {
  return (
    <>
      <ErrorSummary errors={p.errors} />
      {p.notice ? <Notice>{p.notice}</Notice> : null}
      <h1>Brevmallar</h1>
      <p>
        Mallarna skrivs i Markdown. Fält inom dubbla klamrar fylls i när beslutet fattas. Kontrollera lagtexten när du ändrar en formulering som hänvisar till en
        bestämmelse.
      </p>
      <h2>Fält</h2>
      <TemplateFieldList fields={letterFields} />
      {templateKeys.map((key) => (
        <form method="post" action={`/admin/letter-templates/${key}`} novalidate>
          <h2 id={`h-${key}`}>{templateLabels[key]}</h2>
          <p class="small">Måste innehålla: {requiredFields[key].map((f) => `{{${f}}}`).join(', ')}</p>
          <TextField
            name={`body-${key}`}
            label={`Mall: ${templateLabels[key]}`}
            multiline
            rows={14}
            value={p.templates[key]}
            errors={p.errorKey === key ? p.errors : undefined}
          />
          <button type="submit" class="button">
            Spara mallen
          </button>
        </form>
      ))}
    </>
  );
}
