// The 400, 403, 404, 413 and 500 pages: say what happened and what to do, reveal nothing internal.
export function ForbiddenPage({ reason }: { reason: string }) {
  return (
    <>
      <h1>Du har inte behörighet till den här sidan</h1>
      <p>{reason}</p>
      <p>
        Om du behöver komma åt sidan, be en administratör om rätt roll. <a href="/">Till startsidan</a>
      </p>
    </>
  );
}

export function NotFoundPage() {
  return (
    <>
      <h1>Sidan finns inte</h1>
      <p>Kontrollera adressen. Om du följde en länk kan sidan ha flyttats eller tagits bort.</p>
      <p>
        <a href="/">Till startsidan</a>
      </p>
    </>
  );
}

export function ServerErrorPage({ errorId }: { errorId: string }) {
  return (
    <>
      <h1>Något gick fel</h1>
      <p>Ett tekniskt fel uppstod och det du gjorde kanske inte sparades. Försök igen om en stund.</p>
      <p>
        Om felet kvarstår, kontakta supporten och ange felkoden <strong>{errorId}</strong>.
      </p>
    </>
  );
}

export function PayloadTooLargePage() {
  return (
    <>
      <h1>Det du skickade är för stort</h1>
      <p>Servern tar inte emot så stora uppgifter på en gång. Dela upp det, eller be en administratör höja gränsen.</p>
    </>
  );
}

export function UnstorableInputPage() {
  return (
    <>
      <h1>Det du skickade innehåller ett tecken som inte kan sparas</h1>
      <p>
        Ett fält innehåller ett nolltecken eller ett trasigt tecken. Sådana följer ibland med när text kopieras från en
        skadad fil. Ingenting sparades.
      </p>
      <p>
        Gå tillbaka med webbläsarens bakåtknapp – det du skrev finns oftast kvar där. Tecknet syns inte: skriv om texten i
        fältet du klistrade in i, i stället för att klistra in den igen, och skicka på nytt.
      </p>
    </>
  );
}
