"""TĐKT: hệ thống quản lý Thi đua – Khen thưởng ngành Tư pháp."""
