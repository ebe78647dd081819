import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/radix.css';
import './styles/app.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('QuoteReady: #root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
