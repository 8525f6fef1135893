/**
 * The hosts a glossary source may link to: official or first-party publishers, and a few named
 * scholarly references. A reader clicks a source to check what we say against the original, so a
 * mirror, aggregator, blog, encyclopedia or news site's copy is no source: its title stays (naming
 * the original document) and its URL goes. A host covers its subdomains (gov.cn: www.gov.cn,
 * english.www.gov.cn, mfa.gov.cn, a city government's site ...).
 */
export const SOURCE_HOSTS: readonly { host: string; why: string }[] = [
  // Mainland China
  { host: 'gov.cn', why: 'the central government, its ministries (mfa, ndrc, scio ...) and local governments' },
  { host: 'news.cn', why: 'Xinhua, the state news agency: publishes official texts and readouts first' },
  { host: 'xinhuanet.com', why: "Xinhua's older domain" },
  { host: 'people.cn', why: "People's Daily, the Party's paper (en.people.cn)" },
  { host: 'people.com.cn', why: "People's Daily's Chinese sites and its provincial channels" },
  { host: 'chinadaily.com.cn', why: 'China Daily, the state English-language daily' },
  { host: 'chinadailyasia.com', why: "China Daily's own Hong Kong and Asia edition" },
  { host: 'cctv.com', why: 'China Media Group (CCTV), the state broadcaster: 新闻联播 items' },
  { host: 'cgtn.com', why: "China Media Group's international channel" },
  { host: 'qstheory.cn', why: "Qiushi, the Central Committee's journal: Xi's speeches in full" },
  { host: 'gmw.cn', why: 'Guangming Daily, a Central Committee paper' },
  { host: 'chinamil.com.cn', why: "PLA Daily and China Military Online, the armed forces' own media" },
  { host: 'china.org.cn', why: 'China Internet Information Center, run for the State Council Information Office (China Keywords)' },
  { host: 'bjreview.com.cn', why: 'Beijing Review, the state-run weekly of the China International Communications Group' },
  { host: 'taiwan.cn', why: "China Taiwan Network, the Taiwan Affairs Office's authorised news site" },
  // Hong Kong, Macao, Taiwan
  { host: 'gov.hk', why: 'the HKSAR government (info.gov.hk press releases, policy addresses)' },
  { host: 'gov.mo', why: 'the Macao SAR government' },
  { host: 'gov.tw', why: "Taiwan's government: Mainland Affairs Council, Presidential Office, Ministry of National Defense ..." },
  { host: 'cna.com.tw', why: "Central News Agency, Taiwan's national news agency" },
  {
    host: 'hkcnews.com',
    why: "Citizen News (2017–2022), the first report of Hong Kong's protest-era terms; its article addresses are the archive's original_url (the site closed in 2022)",
  },
  // Named scholarly references
  { host: 'chinamediaproject.org', why: "China Media Project (University of Hong Kong), whose CCP Dictionary documents the Party's terms" },
  { host: 'digichina.stanford.edu', why: "Stanford's DigiChina: annotated translations of China's digital-policy documents" },
];

/** The host entry a URL falls under, or undefined when its host is not on the list (or it is no URL). */
export function sourceHostOf(url: string): string | undefined {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return SOURCE_HOSTS.find(({ host }) => hostname === host || hostname.endsWith(`.${host}`))?.host;
}
