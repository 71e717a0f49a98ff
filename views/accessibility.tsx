// Tillgänglighetsredogörelse: public digital services publish one (lag 2018:1937, DOS-lagen; EN 301 549 / WCAG 2.1 AA).
export function AccessibilityStatement({ orgName, contact }: { orgName: string; contact: string | null }) {
  return (
    <div class="narrow">
      <h1>Tillgänglighet för Insyn</h1>
      <p>
        {orgName} står bakom Insyn, där begäran om allmän handling handläggs och där det som lämnas ut kan läsas. Vi vill att så många som möjligt ska
        kunna använda tjänsten. Här beskriver vi hur den uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och
        hur du kan rapportera problem.
      </p>
      <h2>Hur tillgänglig är tjänsten?</h2>
      <p>
        Tjänsten är delvis förenlig med EN 301 549 (WCAG 2.1 nivå AA). Alla sidor fungerar utan JavaScript och med tangentbord, har rubriker och
        landmärken för skärmläsare, och felmeddelanden samlas överst med länkar till fälten. Varje sida som testas kontrolleras automatiskt med axe-core
        mot WCAG 2.1 A och AA. En fullständig manuell granskning har inte gjorts ännu.
      </p>
      <h2>Kända brister</h2>
      <ul>
        <li>Inskannade sidor utan textlager kan inte läsas av skärmläsare förrän de har tolkats med OCR; de markeras som "behöver OCR".</li>
        <li>Utlämnade handlingar som PDF skapas som ren text utan rubrikstruktur. Samma text finns alltid att läsa som webbsida.</li>
      </ul>
      <h2>Rapportera brister</h2>
      <p>
        {contact
          ? `Om du upptäcker problem som inte beskrivs här, eller behöver innehåll i en annan form, kontakta ${contact}.`
          : `Om du upptäcker problem som inte beskrivs här, eller behöver innehåll i en annan form, kontakta ${orgName}.`}{' '}
        Du kan alltid begära att få ta del av allmänna handlingar på annat sätt, till exempel på plats eller som papperskopia.
      </p>
      <h2>Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen enligt lagen om tillgänglighet till digital offentlig service. Om du inte är
        nöjd med hur vi hanterar dina synpunkter kan du anmäla det till Digg.
      </p>
    </div>
  );
}
