import type { ReactNode } from 'react';
import type { Session } from './session';
import { Link, usePath } from './ui/router';
import { MunicipalityOffers } from './pages/municipality-offers';
import { MunicipalityBookings } from './pages/municipality-bookings';
import { MunicipalityReferrals } from './pages/municipality-referrals';
import { RegionOffers } from './pages/region-offers';
import { RegionRequests } from './pages/region-requests';
import { KiapInquiries } from './pages/kiap-inquiries';
import { KiapNewsletter } from './pages/kiap-newsletter';
import { KiapContacts } from './pages/kiap-contacts';
import { ClusterDashboard } from './pages/cluster-dashboard';
import { ClusterRegister } from './pages/cluster-register';
import { ClusterNewsletter } from './pages/cluster-newsletter';
import { ExternalInquiries } from './pages/external-inquiries';
import { ExternalSubmit } from './pages/external-submit';
import { ClusterPackages } from './pages/cluster-packages';
import { PackageDesk } from './pages/package-desk';

interface Screen {
  path: string;
  title: string;
  render: () => ReactNode;
}

/** The screens each kind of user has, in the order of their menu; the first is their front page. */
function screensFor(session: Session): Screen[] {
  const viewer = session.viewer;
  switch (viewer.kind) {
    case 'municipality':
      return [
        { path: '/', title: 'Klyngepakker', render: () => <MunicipalityBookings municipalityCode={viewer.municipalityCode} /> },
        { path: '/tilbud', title: 'Tilbudskatalog', render: () => <MunicipalityOffers municipalityCode={viewer.municipalityCode} /> },
        {
          path: '/henvisninger',
          title: 'Henvisningstal',
          render: () => <MunicipalityReferrals municipalityCode={viewer.municipalityCode} />,
        },
      ];
    case 'region':
      return [
        { path: '/', title: 'Tilbud', render: () => <RegionOffers regionCode={viewer.regionCode} /> },
        { path: '/anmodninger', title: 'Anmodninger fra klynger', render: () => <RegionRequests regionCode={viewer.regionCode} /> },
        { path: '/klyngepakker', title: 'Klyngepakker', render: () => <PackageDesk regionCode={viewer.regionCode} /> },
      ];
    case 'kiap':
      return [
        { path: '/', title: 'Henvendelser', render: () => <KiapInquiries /> },
        { path: '/klyngepakker', title: 'Klyngepakker', render: () => <PackageDesk /> },
        { path: '/nyhedsbrev', title: 'Nyhedsbrev', render: () => <KiapNewsletter /> },
        { path: '/klynger', title: 'Klyngernes kontakter', render: () => <KiapContacts /> },
      ];
    case 'cluster':
      return [
        { path: '/', title: 'Overblik', render: () => <ClusterDashboard viewer={viewer} /> },
        { path: '/klyngepakker', title: 'Klyngepakker og spørgeskemaer', render: () => <ClusterPackages viewer={viewer} /> },
        { path: '/register', title: 'Klyngens register', render: () => <ClusterRegister viewer={viewer} /> },
        // The newsletter goes to the coordinator and the board.
        ...(viewer.clusterRole === 'member' ? [] : [{ path: '/nyhedsbrev', title: 'Nyhedsbrev', render: () => <ClusterNewsletter /> }]),
      ];
    case 'external':
      return [
        { path: '/', title: 'Mine henvendelser', render: () => <ExternalInquiries /> },
        { path: '/ny-henvendelse', title: 'Ny henvendelse', render: () => <ExternalSubmit /> },
      ];
  }
}

export function Shell({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { path, visit } = usePath();
  const screens = screensFor(session);
  const screen = screens.find((candidate) => candidate.path === path) ?? screens[0]!;
  return (
    <>
      <a className="skip-link" href="#indhold">
        Gå til indhold
      </a>
      <header className="top">
        <div className="brand">
          <span className="logo" aria-hidden="true" />
          Klyngehub
        </div>
        <nav aria-label="Hovedmenu">
          <ul>
            {screens.map((item) => (
              <li key={item.path}>
                <Link to={item.path} aria-current={item === screen ? 'page' : undefined}>
                  {item.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            <strong>{session.name}</strong>
            {session.organisation && <span className="org">{session.organisation}</span>}
          </span>
          <button type="button" onClick={onLogout}>
            Log ud
          </button>
        </div>
      </header>
      <main id="indhold" className="page" tabIndex={-1} key={`${screen.path}:${visit}`}>
        <h1>{screen.title}</h1>
        {screen.render()}
      </main>
    </>
  );
}
