import { DEFAULT_FOOTER, escapeHtml, MailError, renderLayout } from '../../platform/mail';

describe('renderLayout', () => {
  it('escapes every interpolated value in the HTML and keeps the text version verbatim', () => {
    const evil = '<script>alert("x")</script> & \'co\'';
    const { html, text } = renderLayout({
      title: `Titre ${evil}`,
      paragraphs: [`Bonjour ${evil}`, 'ligne 1\nligne 2'],
      action: { label: `Voir ${evil}`, url: 'https://relais.example.test/suivi?t=a&b="c"' },
      footer: `Pied ${evil}`,
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"x"');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(html).toContain('ligne 1<br>\nligne 2');
    expect(html).toContain('href="https://relais.example.test/suivi?t=a&amp;b=%22c%22"');
    expect(html).toContain('<html lang="fr">');
    expect(text).toContain(`Bonjour ${evil}`);
    expect(text).toContain(`Voir ${evil} : https://relais.example.test/suivi?t=a&b=%22c%22`);
    expect(text).toContain(`Pied ${evil}`);
  });

  it('uses a French default footer and no button without an action', () => {
    const { html, text } = renderLayout({ title: 'Bonjour', paragraphs: ['Un paragraphe.'] });
    expect(html).not.toContain('<a ');
    expect(html).toContain(escapeHtml(DEFAULT_FOOTER));
    expect(text).toBe(`Bonjour\n\nUn paragraphe.\n\n-- \n${DEFAULT_FOOTER}\n`);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'pas une url'])('refuses the action URL %s', (url) => {
    expect(() => renderLayout({ title: 't', paragraphs: [], action: { label: 'x', url } })).toThrow(MailError);
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
