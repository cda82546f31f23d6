/**
 * A QR code drawn here, as SVG, from the modules qrcode-generator computes (decision 140): nothing
 * leaves the machine, and it stays sharp on a projector at any size. Error correction M (15 %), a
 * quiet zone of four modules as the standard asks, dark on white whatever the page's colours.
 */
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

const QUIET_ZONE = 4;

/** The code's modules, row by row (true = dark). */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const n = code.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => code.isDark(row, col)));
}

/** One path of unit squares, a horizontal run of dark modules per segment. */
function modulesPath(modules: boolean[][]): string {
  let d = '';
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
    }
  });
  return d;
}

export function QrCode({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const modules = useMemo(() => qrModules(text), [text]);
  const extent = modules.length + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${extent} ${extent}`}
      shapeRendering="crispEdges"
    >
      <rect width={extent} height={extent} fill="#ffffff" />
      <path d={modulesPath(modules)} fill="#000000" />
    </svg>
  );
}
