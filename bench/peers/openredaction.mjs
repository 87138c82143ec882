// @openredaction/openredaction: `detect(text)` returns detections with positions, so no alignment is needed.
// Its many pattern labels are mapped by name (below); the rest are kept as-is.
import { OpenRedaction } from '@openredaction/openredaction';

/** Maps an OpenRedaction pattern label to one of our entity types, or keeps it. */
export function mapLabel(label) {
  const l = label.toUpperCase();
  if (l === 'EMAIL' || l.startsWith('EMAIL')) return 'EMAIL';
  if (l.includes('PHONE') || l.includes('MOBILE') || l.includes('LANDLINE')) return 'PHONE';
  if (l === 'NAME' || l.includes('PERSON') || l.endsWith('_NAME')) return 'PERSON';
  if (l.includes('POSTCODE')) return 'UK_POSTCODE';
  if (l.includes('NATIONAL_INSURANCE') || l === 'NINO' || l.includes('UK_NI')) return 'NI_NUMBER';
  if (l.includes('NHS')) return 'NHS_NUMBER';
  if (l.includes('LICENSE_PLATE') || l.includes('LICENCE_PLATE') || l.includes('VEHICLE_REG') || (l.includes('UK') && l.includes('REGISTRATION'))) return 'VEHICLE_REG';
  if (l === 'PAYROLL_NUMBER' || l === 'EMPLOYEE_ID' || l === 'STAFF_ID') return 'PAY_NUMBER';
  if (l.includes('DATE_OF_BIRTH') || l === 'DOB') return 'DATE_OF_BIRTH';
  return label;
}

export default {
  label: '@openredaction/openredaction',
  mapping: 'labels mapped by name: EMAIL* → EMAIL, *PHONE*/*MOBILE*/*LANDLINE* → PHONE, NAME → PERSON, *POSTCODE* → UK_POSTCODE, *NATIONAL_INSURANCE* → NI_NUMBER, *NHS* → NHS_NUMBER, *LICENSE_PLATE* (any country) and UK registrations → VEHICLE_REG, PAYROLL_NUMBER/EMPLOYEE_ID → PAY_NUMBER, DATE_OF_BIRTH/DOB → DATE_OF_BIRTH; the rest as-is',
  method: 'spans from the library (`detect(text).detections[].position`)',
  create() {
    const shield = new OpenRedaction();
    return {
      scan(text) {
        const out = [];
        for (const d of shield.detect(text).detections) {
          const [start, end] = d.position;
          if (end > start) out.push({ type: mapLabel(d.type), start, end });
        }
        return out;
      },
    };
  },
};
