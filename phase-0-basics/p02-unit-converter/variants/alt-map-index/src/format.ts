export function formatNumber(value: number, precision: number): string {
  let text = value.toFixed(precision);
  if (text.includes('e')) return text; // 1e21 and above: JavaScript's exponent form, kept as is
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}
