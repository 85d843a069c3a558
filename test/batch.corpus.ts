/**
 * Synthetic press releases for the batch tests and benchmarks: varied, ~1.8 KB each, with
 * amounts, percentages and dates, generated from the document number so runs are repeatable.
 */
const COUNTRIES = ["Kazakhstan", "Uzbekistan", "Azerbaijan", "Georgia", "Armenia", "India", "Kenya", "Chile", "Viet Nam", "Egypt"];
const MINISTRIES = ["Ministry of Finance", "Ministry of Trade and Integration", "Ministry of Energy", "Ministry of Health", "Ministry of Agriculture"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function pressRelease(n: number): string {
  const c = COUNTRIES[n % COUNTRIES.length] as string;
  const d = COUNTRIES[(n * 7 + 3) % COUNTRIES.length] as string;
  const m = MINISTRIES[n % MINISTRIES.length] as string;
  const month = MONTHS[n % 12] as string;
  const amount = (n % 900) + 12;
  const pct = ((n % 97) / 2).toFixed(1);
  const paragraphs = [
    `ASTANA, ${(n % 28) + 1} ${month} 2023 - The ${m} of ${c} announced today that bilateral trade with ${d} grew by ${pct}% in the first half of the year and exceeded $${amount} million.`,
    `According to the ministry, exports rose by ${(n % 13) + 2} percent year on year, while imports fell by ${(n % 7) + 1}.5%. Investment projects worth €${(n % 40) + 1}.${n % 10} billion are being prepared for the coming quarter, including a logistics hub and two solar plants with a combined capacity of ${(n % 300) + 100} megawatts.`,
    `The government allocated ${(n % 50) + 5} billion tenge to support small and medium-sized enterprises, and the share of non-resource exports is expected to reach ${(n % 30) + 20} per cent by 2030. Officials noted that inflation slowed to ${(n % 9) + 2}.${n % 10}% in ${month}.`,
    `The parties agreed to hold the next meeting of the intergovernmental commission in ${MONTHS[(n + 5) % 12]} 2024. A road map of ${(n % 20) + 10} projects with a total value of about $${(n % 9) + 1}.${n % 10} billion was signed at the end of the talks, and the sides will review progress every six months.`,
    `Reference: in 2022, mutual trade amounted to $${amount + 140} million, an increase of ${(n % 25) + 3}% on the previous year. More than ${(n % 80) + 20} joint ventures operate in the country, employing some ${(n % 9000) + 1000} people.`,
  ];
  return paragraphs.join("\n\n");
}
